/** A local history file end to end through the CLI: record runs, then compare with them. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../support/action-runner.js';
import { scaledRecording } from '../history/scaled-recording.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-cli-history-'));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['run', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, dir);
  return { code, stdout, stderr };
}

const gate = (factor: number, history: string, mode: string) =>
  cli([
    '--scenario',
    path.join(REPO_ROOT, 'scenarios/enqueue-test.js'),
    '--thresholds',
    path.join(REPO_ROOT, 'thresholds/enqueue.t3-micro.json'),
    '--results-file',
    scaledRecording(dir, factor),
    '--history',
    history,
    '--history-mode',
    mode,
  ]);

describe('perf-gate run --history path.json', () => {
  it('records runs into the file, then judges a slower run against them', async () => {
    const history = path.join(dir, 'history.json');
    for (const factor of [0.96, 1.04, 0.98, 1.02, 1]) {
      const recorded = await gate(factor, history, 'record');
      expect(recorded.stderr).toContain(`Recorded in ${history}`);
    }
    const file = JSON.parse(readFileSync(history, 'utf8')) as { version: number; entries: unknown[] };
    expect(file.version).toBe(1);
    expect(file.entries).toHaveLength(5);

    const slower = await gate(1.6, history, 'compare');
    expect(slower.code).toBe(1);
    expect(slower.stdout).toContain('### History');
    expect(slower.stdout).toContain('❌ regression');
    expect(slower.stderr).toContain('p95 vs history');
  }, 120_000);

  it('with history-mode auto (the default) on a terminal, records each run and says so', async () => {
    const history = path.join(dir, 'auto.json');
    const first = await cli([
      '--scenario',
      path.join(REPO_ROOT, 'scenarios/enqueue-test.js'),
      '--results-file',
      scaledRecording(dir, 1),
      '--thresholds',
      path.join(REPO_ROOT, 'thresholds/enqueue.t3-micro.json'),
      `--history=${history}`,
    ]);
    expect(first.stderr).toContain(
      `History: outside GitHub Actions, history-mode auto compares this run with the earlier runs in ${history} and records it there`,
    );
    expect(first.stderr).toContain(`Recorded in ${history} (1 run kept)`);
  }, 60_000);

  it('refuses a corrupt history file, naming it and the repair', async () => {
    const history = path.join(dir, 'corrupt.json');
    writeFileSync(history, '{"version": 1, "entries": [');
    const run = await gate(1, history, 'compare');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`History file ${history}: not valid JSON`);
    expect(run.stderr).toContain(`delete ${history} to start a new history`);
    expect(readFileSync(history, 'utf8')).toBe('{"version": 1, "entries": [');
  }, 60_000);
});
