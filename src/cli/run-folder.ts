import { mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/** Where terminal runs keep their k6 results and report, under the folder the CLI was started in. */
export const RUNS_FOLDER = path.join('.perf-gate', 'runs');

/** `2026-01-17T10-22-03Z-enqueue`: sorts by time, and names the scenario (a script by its file name). */
export function runFolderName(now: Date, scenario: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const name = path
    .basename(scenario || 'enqueue')
    .replace(/\.js$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_');
  return `${stamp}-${name || 'scenario'}`;
}

/**
 * Creates a fresh folder for this run, never one an earlier run wrote: two runs in the same second
 * get `-2`, `-3`… (mkdir without `recursive` fails on an existing folder, so the check is atomic).
 */
export function createRunFolder(cwd: string, scenario: string, now: Date = new Date()): string {
  const parent = path.join(cwd, RUNS_FOLDER);
  mkdirSync(parent, { recursive: true });
  const base = path.join(parent, runFolderName(now, scenario));
  for (let attempt = 1; ; attempt++) {
    const folder = attempt === 1 ? base : `${base}-${attempt}`;
    try {
      mkdirSync(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Removes the run's folder when the run wrote nothing in it (a call refused before any file was
 * written), and the .perf-gate/runs folders above it when that leaves them empty: a refused call
 * leaves no clutter. A folder holding any file is kept.
 */
export function removeIfEmpty(cwd: string, folder: string): boolean {
  const isEmptyTree = (at: string): boolean =>
    readdirSync(at, { withFileTypes: true }).every(
      (entry) => entry.isDirectory() && isEmptyTree(path.join(at, entry.name)),
    );
  if (!isEmptyTree(folder)) return false;
  const removeTree = (at: string) => {
    for (const entry of readdirSync(at)) removeTree(path.join(at, entry));
    rmdirSync(at);
  };
  removeTree(folder);
  for (const parent of [path.join(cwd, RUNS_FOLDER), path.join(cwd, path.dirname(RUNS_FOLDER))]) {
    if (readdirSync(parent).length > 0) break;
    rmdirSync(parent);
  }
  return true;
}
