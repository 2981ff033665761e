/**
 * `results-file` as one or several k6 results files: paths or globs, one per line. A single
 * path keeps the checks it always had; globs are expanded (sorted, so the merge is
 * reproducible) and must each match a file.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as glob from '@actions/glob';
import { ConfigError } from './errors.js';

const GLOB_CHARS = /[*?[\]]/;

/** The lines of the input, resolved against the workspace; [] when it is empty. */
export function resultsPatterns(value: string, cwd: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (GLOB_CHARS.test(line) ? line : path.resolve(cwd, line)));
}

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** Every file the patterns name, each once, in pattern order, glob matches sorted. */
export async function expandResultsFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      checkResultsFile(pattern);
      files.push(pattern);
      continue;
    }
    const absolute = path.isAbsolute(pattern) ? pattern : path.join(cwd, pattern);
    const globber = await glob.create(absolute, { matchDirectories: false, implicitDescendants: false });
    // Only regular files: a FIFO matched by the glob would hang the read for good.
    const matches = (await globber.glob()).filter(isRegularFile).sort();
    if (matches.length === 0) {
      throw new ConfigError(
        'results-file',
        `${pattern} matches no file`,
        'Check the download-artifact path: the pattern is matched against the workspace, e.g. segments/*.ndjson*',
      );
    }
    files.push(...matches);
  }
  return [...new Set(files)];
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function specialKind(file: string): string {
  const found = statSync(file);
  if (found.isFIFO()) return 'a named pipe';
  if (found.isCharacterDevice() || found.isBlockDevice()) return 'a device';
  if (found.isSocket()) return 'a socket';
  return 'not a file';
}

export function checkResultsFile(file: string): void {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new ConfigError(
      'results-file',
      `${file} is a directory`,
      'Name the NDJSON file inside it that k6 wrote with --out json=FILE (plain or .gz)',
    );
  }
  if (existsSync(file) && !statSync(file).isFile()) {
    throw new ConfigError(
      'results-file',
      `${file} is not a regular file (${specialKind(file)})`,
      'Give the NDJSON file k6 wrote with --out json=FILE (plain or .gz), not a pipe or a device',
    );
  }
  if (!existsSync(file)) {
    throw new ConfigError(
      'results-file',
      `the file ${file} does not exist`,
      'Point it at the NDJSON file k6 wrote with --out json=FILE (plain or .gz)',
    );
  }
  if (statSync(file).size === 0) {
    throw new ConfigError(
      'results-file',
      `the file ${file} is empty`,
      'k6 wrote nothing there: check that the k6 step ran with --out json=FILE and finished',
    );
  }
}
