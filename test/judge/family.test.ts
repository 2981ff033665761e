import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { historyEntryFrom } from '../../src/history/build.js';
import { DEFAULT_COMPARE_OPTIONS } from '../../src/history/compare.js';
import { compareCheckedFigures, historyRows } from '../../src/history/verdict.js';
import { FAMILY_ALPHA, holmFamily, inFamily, pValue } from '../../src/judge/family.js';
import { judge } from '../../src/judge/judge.js';
import type { CheckResult } from '../../src/judge/types.js';
import type { RunResult } from '../../src/results/types.js';
import { endpointResult, runResult } from '../support/run-result-builder.js';

/** A failing p95 row whose 95% interval is ±10% around `value` (log scale), against `limit`. */
const p95Row = (name: string, value: number, limit: number, status: CheckResult['status'] = 'fail'): CheckResult => ({
  name,
  figure: 'p95',
  scope: { kind: 'overall' },
  severity: 'fail',
  value,
  interval: { low: value / 1.1, high: value * 1.1 },
  limit,
  baseline: null,
  delta: null,
  status,
  confidence: 'the whole 95% interval is above the limit',
});

describe('pValue', () => {
  it('is 2.5% when the low end of the 95% interval sits on the limit, smaller the farther past it', () => {
    expect(pValue(p95Row('a', 110, 100))).toBeCloseTo(0.025, 6);
    expect(pValue(p95Row('b', 130, 100))).toBeLessThan(0.001);
    expect(pValue(p95Row('c', 100, 100))).toBeCloseTo(0.5, 6);
  });

  it('takes the p-value a history row carries, and treats a value without interval as a fact', () => {
    expect(pValue({ ...p95Row('h', 130, 100), interval: null, p: 0.004 })).toBe(0.004);
    expect(pValue({ ...p95Row('v', 130, 100), interval: null })).toBe(0);
    expect(pValue({ ...p95Row('v', 90, 100), interval: null })).toBe(1);
  });
});

describe('holmFamily', () => {
  it('fails the clearest row at α/m and stops at the first row the step-down does not reject', () => {
    // p ≈ 0.0001, 0.015 and 0.02; two passing rows still count: m = 5, so α/5 = 1%, then α/4 = 1.25%.
    const rows = [p95Row('clear', 140, 100), p95Row('close', 111.1, 100), p95Row('closer', 110.5, 100)];
    const passing = [p95Row('fine', 80, 100, 'pass'), p95Row('fine too', 70, 100, 'pass')];
    expect(rows.map((r) => Number(pValue(r).toFixed(3)))).toEqual([0, 0.015, 0.02]);
    const judged = holmFamily([...rows, ...passing]);
    expect(judged.map((c) => c.status)).toEqual(['fail', 'warn', 'warn', 'pass', 'pass']);
    expect(judged[1]!.confidence).toContain(
      "not a fail at the run's false-fail rate of 5% over its 5 checks that can fail (Holm)",
    );
    // Alone, the close row is a family of one at 5%: it fails.
    expect(holmFamily([rows[1]!])[0]!.status).toBe('fail');
  });

  it('leaves warn-only rows out of the family and untouched', () => {
    const warnOnly = { ...p95Row('w', 111, 100), severity: 'warn' as const, status: 'warn' as const };
    expect(inFamily(warnOnly)).toBe(false);
    expect(holmFamily([warnOnly, p95Row('close', 111.2, 100)]).map((c) => c.status)).toEqual(['warn', 'fail']);
  });
});

/** The checks of a bundled file that can fail one run, alone and with a five-run history beside it. */
async function familyOf(file: string, result: RunResult) {
  const thresholds = await loadThresholds(file);
  const entry = historyEntryFrom(result, {
    commit: 'c',
    branch: 'main',
    time: '2026-12-01T10:00:00Z',
    scenario: thresholds.scenario ?? 'enqueue',
    profile: 'full',
    k6Version: '0.49.0',
    runner: { os: 'linux', arch: 'x64', cpus: 2 },
    target: null,
    loadGenerator: 'ok',
  });
  const compared = compareCheckedFigures(
    thresholds,
    result,
    entry,
    [1, 2, 3, 4, 5].map(() => entry),
    DEFAULT_COMPARE_OPTIONS,
  );
  const history = historyRows(compared, 'main');
  const rows = judge(result, thresholds).checks;
  return { alone: rows.filter(inFamily).length, withHistory: [...rows, ...history].filter(inFamily).length };
}

describe('the bundled files: one family per run', () => {
  it('enqueue: 4 checks can fail a run, 7 with history; Holm holds the run to 5% where the rows alone allowed up to 10% and 13%', async () => {
    const result = runResult({
      overall: { requests: 23_400, failed: 0, p95: 86, rps: 78 },
      endpoints: [
        endpointResult('enqueue', { requests: 5850, p95: 103 }),
        endpointResult('position', { requests: 17_550, p95: 77 }),
      ],
    });
    expect(await familyOf('thresholds/enqueue.t3-micro.json', result)).toEqual({ alone: 4, withHistory: 7 });
    // Before: each file row tested alone at 2.5% (its whole 95% interval past the limit), each history row at 1%.
    expect(4 * 0.025).toBeCloseTo(0.1, 9);
    expect(4 * 0.025 + 3 * 0.01).toBeCloseTo(0.13, 9);
    expect(FAMILY_ALPHA).toBe(0.05);
  });

  it('spike: 2 checks can fail a run, 3 with history', async () => {
    const result = runResult({
      overall: { requests: 9500, failed: 0, p99: 14_050, avg: 622, rps: 138, droppedIterations: 5883 },
    });
    expect(await familyOf('thresholds/spike.t3-micro.json', result)).toEqual({ alone: 2, withHistory: 3 });
  });
});
