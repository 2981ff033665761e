/**
 * The confirmation step (confirm.ts) and what composeVerdict makes of a second run that never
 * gave a complete run to judge: k6 failed, or the target went down. It clears nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { confirmRun, type ConfirmSettings } from '../../src/gate/confirm.js';
import { composeRuns } from '../../src/judge/compose.js';
import { judge } from '../../src/judge/judge.js';
import { K6RunError } from '../../src/k6/scenario-run.js';
import { TargetDownError } from '../../src/probe/target.js';
import { renderConfirmation } from '../../src/report/load-generator.js';
import { analyzeRecording } from '../support/recordings.js';

const settings = (rerun: ConfirmSettings['rerun'], asking = ['p95 vs history']): ConfirmSettings => ({
  enabled: true,
  asking,
  rerun,
  info: () => {},
});
const failing = (error: Error) => () => Promise.reject(error);
const unused = () => Promise.reject(new Error('must not run'));

describe('confirmRun', () => {
  it('runs nothing when no row asks, when confirm is off, and says why in results-file mode', async () => {
    expect(await confirmRun(settings(unused, []))).toEqual({ kind: 'not-needed' });
    expect(await confirmRun({ ...settings(unused), enabled: false })).toEqual({ kind: 'not-needed' });
    expect(await confirmRun(settings(null))).toMatchObject({ kind: 'not-rerun' });
  });

  it('turns a target gone down or a failed k6 into a failed confirmation; anything else is a bug', async () => {
    const down = await confirmRun(settings(failing(new TargetDownError('the target stopped answering: ECONNREFUSED'))));
    expect(down).toEqual({ kind: 'failed', reason: 'the target stopped answering: ECONNREFUSED' });
    const killed = await confirmRun(settings(failing(new K6RunError('k6 was killed (exit 137)'))));
    expect(killed).toEqual({ kind: 'failed', reason: 'k6 was killed (exit 137)' });
    await expect(confirmRun(settings(failing(new TypeError('bug'))))).rejects.toThrow('bug');
  });

  it('a failed confirmation clears nothing: the first run’s failing verdict stands and the report says so', async () => {
    const result = await analyzeRecording('enqueue-errors');
    // The file's p95 limit of 1 ms: the first run fails it outright.
    const thresholdsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gate-confirm-unit-')), 't.json');
    writeFileSync(
      thresholdsFile,
      JSON.stringify({ scenario: 'enqueue', checks: [{ figure: 'p95', scope: 'overall', limit: 1 }] }),
    );
    const file = judge(result, await loadThresholds(thresholdsFile));
    expect(file.status).toBe('fail');
    const confirmation = await confirmRun(settings(failing(new TargetDownError('the target stopped answering'))));
    expect(confirmation.kind).toBe('failed');
    const { verdict, record } = composeRuns(
      { file, history: [], inconclusive: null },
      confirmation as { kind: 'failed'; reason: string },
    );
    expect(verdict.status).toBe('fail');
    expect(record).toBe('this-run');
    expect(renderConfirmation(verdict.confirmation!)).toBe(
      "> **Not confirmed:** the confirmation run gave no complete run to judge (the target stopped answering), so it clears nothing: the first run's verdict stands.",
    );
  });
});
