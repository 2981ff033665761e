import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';

/** The path with every symlink resolved; the lexical path when it does not exist (yet). */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses a file whose real path (symlinks resolved) lies outside the workspace and RUNNER_TEMP:
 * a pull request could otherwise commit a symlink to a runner's credentials and have perf-gate
 * read it. `roots` are the allowed folders; '' entries (RUNNER_TEMP unset) allow nothing.
 */
export function confinePath(input: string, file: string, roots: readonly string[]): void {
  const real = realPath(file);
  const allowed = roots.filter((root) => root !== '').map(realPath);
  if (allowed.some((root) => isInside(real, root))) return;
  const via = real === path.resolve(file) ? '' : ` (through a symlink, to ${real})`;
  throw new ConfigError(
    input,
    `${file}${via} is outside the workspace and RUNNER_TEMP (${allowed.join(', ')})`,
    'Use a file inside the workspace or RUNNER_TEMP, or set allow-paths-outside-workspace: true if reading it is intended',
  );
}
