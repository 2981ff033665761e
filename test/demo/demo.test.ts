import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_K6, RECORDINGS, REPO_ROOT } from '../support/action-runner.js';

const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function demo(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-demo-'));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      // Started in a temporary folder, where it keeps .perf-gate/runs; tsx by path, as that folder has no node_modules.
      ['--import', TSX, path.join(REPO_ROOT, 'demo/run-demo.ts')],
      {
        cwd: temp,
        env: {
          PATH: path.dirname(process.execPath),
          HOME: temp,
          RUNNER_TEMP: temp,
          RUNNER_TOOL_CACHE: path.join(temp, 'tools'),
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run demo', () => {
  it('says in one line that no k6 can be had, and how to provide one, when none is there', async () => {
    const run = await demo({ K6_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9/k6' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: no k6 to run \(Downloading http:\/\/127\.0\.0\.1:9\/.* failed once /);
    expect(lines[0]).toContain('--k6-path /path/to/k6 (or K6_PATH)');
    expect(lines[0]).toContain('--k6-version X.Y.Z (or K6_VERSION)');
    expect(run.stdout).toBe('');
  });

  it('runs the pipeline on the stand-in with the k6 it is given and prints the report and verdict', async () => {
    const run = await demo({ K6_PATH: FAKE_K6, FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-errors') });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Festin stand-in listening at http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stderr).toContain(`Using k6 v0.49.0 from the given ${FAKE_K6}`);
    expect(run.stderr.match(/^Using k6 /gm), 'which k6 runs is said once').toHaveLength(1);
    expect(run.stderr).toMatch(
      /Running enqueue-test\.js \(quick\) with k6 v0\.49\.0 against http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(run.stdout).toContain('## ⚠️ Performance gate passed with warnings');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('verdict: warn');
  });
});
