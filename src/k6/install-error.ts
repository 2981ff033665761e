import { UserError } from '../core/user-error.js';

/** A k6 installation failure whose message names the input, file or version at fault and how to fix it. */
export class InstallError extends UserError {
  override name = 'InstallError';
}
