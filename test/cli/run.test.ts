import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseRunArgs } from '../../src/cli/run.js';
import { REPO_ROOT } from '../support/action-runner.js';
import { recordingFile } from '../support/recordings.js';

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: REPO_ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('perf-gate run arguments', () => {
  it('maps flags to the action inputs and never posts a comment', () => {
    expect(parseRunArgs(['--base-url', 'https://staging.example.com', '--profile', 'quick'], {})).toEqual({
      inputs: { comment: 'never', 'base-url': 'https://staging.example.com', profile: 'quick' },
    });
  });

  it('refuses a secret on the command line and takes it from the environment instead', () => {
    expect(parseRunArgs(['--auth-token', 'a.b.c'], {})).toEqual({
      error: '--auth-token would put a secret in the process list: set AUTH_TOKEN in the environment instead',
    });
    expect(parseRunArgs([], { AUTH_TOKEN: 'a.b.c' })).toEqual({ inputs: { comment: 'never', 'auth-token': 'a.b.c' } });
  });

  it('names an unknown option and a missing value', () => {
    expect(parseRunArgs(['--vus', '10'], {})).toEqual({ error: 'unknown option --vus' });
    expect(parseRunArgs(['--profile'], {})).toEqual({ error: '--profile needs a value' });
  });
});

describe('perf-gate run on a recorded k6 run', () => {
  it('prints the report and the verdict, and exits 0 when the gate passes', async () => {
    const run = await cli(['run', '--results-file', recordingFile('enqueue-full')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('## ✅ Performance gate passed: all 5 checks passed');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('verdict: pass');
  });

  it('exits 1 with the reason when the gate fails', async () => {
    const run = await cli(['run', '--results-file', recordingFile('enqueue-server-down')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      // setup()'s failed logins are not the load: the load's figures are not measured, and the missing evidence fails.
      /^error: no verdict without evidence: incomplete results: the load made no request .*error rate not measured/m,
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('verdict: fail');
  });
});
