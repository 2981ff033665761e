import { UserError } from '../core/user-error.js';

/** A misconfigured input: the message names the input and says how to fix it. */
export class ConfigError extends UserError {
  constructor(input: string, problem: string, fix: string) {
    super(`Input '${input}': ${problem}. ${fix}`, { input, fix });
    this.name = 'ConfigError';
  }
}
