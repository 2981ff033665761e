import { constants as fsConstants, existsSync, statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import * as exec from '@actions/exec';
import { InstallError } from './install-error.js';
import { parseK6VersionOutput } from '../config/k6-version.js';

/** What `<k6> version` printed; a thrown error means it could not be started at all. */
export interface VersionRun {
  exitCode: number;
  stdout: string;
}
export type RunK6Version = (k6Path: string) => Promise<VersionRun>;
/** The absolute path of `name` (without extension) on PATH, or null. */
export type FindOnPath = (name: string) => string | null;

export const execK6Version: RunK6Version = async (k6Path) => {
  const output = await exec.getExecOutput(k6Path, ['version'], { silent: true, ignoreReturnCode: true });
  return { exitCode: output.exitCode, stdout: output.stdout };
};

/** PATH lookup as a shell does it (PATHEXT on Windows), without spawning anything. */
export function findOnPath(
  name: string,
  pathVariable: string = process.env['PATH'] ?? '',
  platform: NodeJS.Platform = process.platform,
): string | null {
  const extensions = platform === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const folder of pathVariable.split(path.delimiter).filter(Boolean)) {
    for (const extension of extensions) {
      const candidate = path.join(folder, name + extension.toLowerCase());
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return null;
}

/** The k6 version `k6Path` reports, or a description of why it is not a working k6. */
export async function probeK6(
  k6Path: string,
  runVersion: RunK6Version,
): Promise<{ version: string } | { problem: string }> {
  let run: VersionRun;
  try {
    run = await runVersion(k6Path);
  } catch (error) {
    return { problem: `could not be started (${error instanceof Error ? error.message : String(error)})` };
  }
  const version = parseK6VersionOutput(run.stdout);
  if (run.exitCode === 0 && version) return { version };
  const firstLine = run.stdout.trim().split(/\r?\n/)[0] ?? '';
  return {
    problem:
      `is not k6: "${k6Path} version" exited ${run.exitCode} printing "${firstLine.slice(0, 120)}", ` +
      `where k6 prints "k6 vX.Y.Z (…)"`,
  };
}

/** Checks the user's `k6-path` and returns the version it reports; refuses anything that is not a working k6. */
export async function checkK6Path(k6Path: string, runVersion: RunK6Version): Promise<string> {
  const absolute = path.resolve(k6Path);
  const fix = 'Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.';
  if (!existsSync(absolute)) throw new InstallError(`k6-path "${k6Path}" does not exist. ${fix}`);
  if (!statSync(absolute).isFile()) throw new InstallError(`k6-path "${k6Path}" is not a file. ${fix}`);
  if (process.platform !== 'win32') {
    try {
      await access(absolute, fsConstants.X_OK);
    } catch {
      throw new InstallError(`k6-path "${k6Path}" is not executable: run chmod +x on it. ${fix}`);
    }
  }
  const probe = await probeK6(absolute, runVersion);
  if ('problem' in probe) throw new InstallError(`k6-path "${k6Path}" ${probe.problem}. ${fix}`);
  return probe.version;
}
