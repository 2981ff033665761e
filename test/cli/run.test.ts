import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DEFAULTS, parseRunArgs } from '../../src/cli/run.js';
import { REPO_ROOT } from '../support/action-runner.js';
import { recordingFile } from '../support/recordings.js';

const ENTRY = path.join(REPO_ROOT, 'src/cli/index.ts');
// tsx by path: `--import tsx` would resolve from the run's own folder, which has no node_modules.
const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** The CLI as a process, started in a folder of its own (where it keeps .perf-gate/runs). */
function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('perf-gate run arguments', () => {
  it('maps flags to the action inputs and never posts a comment', () => {
    expect(parseRunArgs(['--base-url', 'https://staging.example.com', '--profile', 'quick'], {})).toEqual({
      inputs: { ...CLI_DEFAULTS, 'base-url': 'https://staging.example.com', profile: 'quick' },
    });
  });

  it('refuses a secret on the command line and takes it from the environment instead', () => {
    expect(parseRunArgs(['--auth-token', 'a.b.c'], {})).toEqual({
      error: '--auth-token would put a secret in the process list: set AUTH_TOKEN in the environment instead',
    });
    expect(parseRunArgs([], { AUTH_TOKEN: 'a.b.c' })).toEqual({ inputs: { ...CLI_DEFAULTS, 'auth-token': 'a.b.c' } });
  });

  it('takes --comment like the other inputs, and the GitHub token only from the environment', () => {
    expect(parseRunArgs(['--comment', 'always'], { GITHUB_TOKEN: 'ghs_x' })).toEqual({
      inputs: { ...CLI_DEFAULTS, comment: 'always', 'github-token': 'ghs_x' },
    });
    expect(parseRunArgs(['--github-token', 'ghs_x'], {})).toEqual({
      error: '--github-token would put a secret in the process list: set GITHUB_TOKEN in the environment instead',
    });
  });

  it('lets a terminal user name files outside the current folder, unless told otherwise', () => {
    expect(CLI_DEFAULTS).toEqual({ comment: 'never', 'allow-paths-outside-workspace': 'true' });
    expect(parseRunArgs(['--allow-paths-outside-workspace', 'false'], {})).toEqual({
      inputs: { comment: 'never', 'allow-paths-outside-workspace': 'false' },
    });
  });

  it('names an unknown option and a missing value', () => {
    expect(parseRunArgs(['--vus', '10'], {})).toEqual({
      error: 'unknown option --vus (perf-gate run --help lists them)',
    });
    expect(parseRunArgs(['--vus=10'], {})).toEqual({ error: 'unknown option --vus (perf-gate run --help lists them)' });
    expect(parseRunArgs(['--profile'], {})).toEqual({ error: '--profile needs a value' });
  });

  it('takes --flag=value as --flag value, keeping any later "=" in the value', () => {
    expect(parseRunArgs(['--base-url=https://staging.example.com/?a=b', '--profile', 'quick'], {})).toEqual({
      inputs: { ...CLI_DEFAULTS, 'base-url': 'https://staging.example.com/?a=b', profile: 'quick' },
    });
    expect(parseRunArgs(['--auth-token=a.b.c'], {})).toEqual({
      error: '--auth-token would put a secret in the process list: set AUTH_TOKEN in the environment instead',
    });
  });
});

describe('perf-gate run on a recorded k6 run', () => {
  it('prints only the report on stdout, the verdict and the results folder on stderr, and exits 0 on a pass', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'perf-gate-cli-'));
    const run = await cli(['run', '--results-file', recordingFile('enqueue-full')], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('\n## ✅ Performance gate passed: all 5 checks passed\n');
    expect(run.stdout).not.toContain('verdict:');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('verdict: pass');
    const [folder] = readdirSync(path.join(cwd, '.perf-gate/runs'));
    expect(folder).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-enqueue$/);
    expect(run.stderr).toContain(`results: ${path.join('.perf-gate/runs', folder as string, 'perf-gate')}/`);
    expect(readdirSync(path.join(cwd, '.perf-gate/runs', folder as string, 'perf-gate'))).toEqual([
      'perf-gate-report.json',
    ]);
  });

  it('leaves no .perf-gate folder behind when the call is refused', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'perf-gate-cli-'));
    const run = await cli(['run', '--profile', 'sometimes'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: ');
    expect(run.stderr).not.toContain('results: ');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('keeps an earlier run and the runs folder when a later call is refused', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'perf-gate-cli-'));
    const kept = path.join(cwd, '.perf-gate/runs/earlier/perf-gate');
    mkdirSync(kept, { recursive: true });
    writeFileSync(path.join(kept, 'perf-gate-report.json'), '{}');
    await cli(['run', '--profile', 'sometimes'], cwd);
    expect(readdirSync(path.join(cwd, '.perf-gate/runs'))).toEqual(['earlier']);
  });

  it('exits 1 with the reason when the gate fails', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'perf-gate-cli-'));
    const run = await cli(['run', '--results-file', recordingFile('enqueue-server-down')], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      // setup()'s failed logins are not the load: the load's figures are not measured, and the missing evidence fails.
      /^error: no verdict without evidence: incomplete results: the load made no request .*error rate \(vs baseline\) not measured/m,
    );
    expect(run.stderr.trim().split('\n').at(-1)).toBe('verdict: fail');
  });
});
