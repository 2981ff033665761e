/**
 * Issue 23 case 13: one failed request against a history whose every error rate was 0 read
 * "0.02% | ≤ 0% | ✅ pass": a limit the run was past, beside a pass. The row shows where it
 * really fails (the zero centre moved by the practical minimum of 1 point) and a status that
 * agrees with that limit.
 */
import { describe, expect, it } from 'vitest';
import { compareFigure, type HistoryPoint } from '../../src/history/compare.js';
import { historyRows, type CheckedComparison } from '../../src/history/verdict.js';
import { renderHistorySection } from '../../src/report/history-section.js';

const zeros: HistoryPoint[] = [0, 0, 0, 0, 0].map((value, i) => ({
  commit: `${i + 1}`.repeat(40),
  time: `2026-11-2${i}T00:00:00Z`,
  value,
}));
// One failed request of 5,000.
const oneFailed = 1 / 5000;

const row: CheckedComparison = {
  name: 'error rate',
  figure: 'error-rate',
  scope: { kind: 'overall' },
  severity: 'fail',
  comparison: compareFigure({ kind: 'overall' }, 'error-rate', { value: oneFailed, low: null, high: null }, zeros),
};

describe('case 13: one failed request against an all-zero error-rate history', () => {
  it("the verdict row's limit is the real fail point, and the run is within it", () => {
    const [check] = historyRows([row], 'main');
    expect(check?.value).toBe(oneFailed);
    expect(check?.limit).toBe(0.01);
    expect(check?.status).toBe('pass');
    // Whatever the status, it agrees with the limit shown: under it passes, past it does not.
    expect((check?.value ?? 1) <= (check?.limit ?? 0)).toBe(check?.status === 'pass');
  });

  it('the vs-main row shows ≤ 1% and says the run is past the band but under the practical minimum', () => {
    const section = renderHistorySection({ base: 'main', rows: [row], runs: 5, needed: 5, fallback: null, notes: [] });
    expect(section).toContain('| error rate | 0.02% | 0% | ≤ 1% | +0.02 pp | 5 | ℹ️ notable |');
    expect(section).not.toMatch(/≤ 0%/);
  });

  it('a run past that fail point is a regression that fails', () => {
    const past = compareFigure({ kind: 'overall' }, 'error-rate', { value: 0.02, low: null, high: null }, zeros);
    const [check] = historyRows([{ ...row, comparison: past }], 'main');
    expect(check?.limit).toBe(0.01);
    expect(check?.status).toBe('fail');
  });
});
