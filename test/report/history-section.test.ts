import { describe, expect, it } from 'vitest';
import { compareFigure, type HistoryPoint } from '../../src/history/compare.js';
import type { CheckedComparison } from '../../src/history/verdict.js';
import { renderHistorySection, type HistoryReport } from '../../src/report/history-section.js';

const points = (values: number[]): HistoryPoint[] =>
  values.map((value, i) => ({ commit: `${i + 1}`.repeat(40), time: `2026-01-0${i + 1}T00:00:00Z`, value }));

const P95_HISTORY = points([84, 90, 86, 88, 82, 87]);

function row(
  name: string,
  figure: CheckedComparison['figure'],
  value: number,
  history: HistoryPoint[],
): CheckedComparison {
  const historyName = figure === 'error-rate' ? 'errorRate' : (figure as 'p95' | 'rps');
  return {
    name,
    figure,
    scope: { kind: 'overall' },
    severity: 'fail',
    comparison: compareFigure({ kind: 'overall' }, historyName, { value, low: null, high: null }, history),
  };
}

const report = (rows: CheckedComparison[], extra: Partial<HistoryReport> = {}): HistoryReport => ({
  base: 'main',
  rows,
  runs: rows[0]?.comparison.runs ?? 0,
  needed: 5,
  fallback: null,
  notes: [],
  ...extra,
});

describe('the vs-main section', () => {
  it('shows centre, band, change and runs, what the gate can detect, and the trend with this run last', () => {
    const markdown = renderHistorySection(
      report(
        [
          row('p95', 'p95', 87, P95_HISTORY),
          row('requests/s', 'rps', 120, points([150, 152, 149, 151, 150, 148])),
          row('error rate', 'error-rate', 0.004, points([0.002, 0.003, 0.002, 0.004, 0.003, 0.002])),
        ],
        { notes: ['Recorded in perf-gate/enqueue-full.json on branch perf-gate-history (7 runs kept).'] },
      ),
    );
    expect(markdown).toMatchInlineSnapshot(`
      "### vs main

      | Figure | This run | Centre | Band | Change | Runs | vs main |
      |---|--:|--:|--:|--:|--:|---|
      | p95 | 87 ms | 86.1 ms | ≤ 97.2 ms | +1% | 6 | ✅ within band |
      | requests/s | 120 req/s | 150 req/s | ≥ 135 req/s | -20% | 6 | ❌ regression |
      | error rate | 0.4% | 0.27% | ≤ 1.3% | +0.13 pp | 6 | ✅ within band |

      _What the gate can detect today (the smallest change each band fails, over 6 runs): p95 +13%, requests/s -10%, error rate +1.00 pp._

      _Trend: p95 over the last 6 runs of main, this run last; the flat line is the band._

      \`\`\`mermaid
      xychart-beta
          title "p95 (ms) on main, then this run"
          x-axis "commit" ["1111111", "2222222", "3333333", "4444444", "5555555", "6666666", "this run"]
          y-axis "ms" 0 --> 100
          line [84, 90, 86, 88, 82, 87, 87]
          line [97, 97, 97, 97, 97, 97, 97]
      \`\`\`

      _Recorded in perf-gate/enqueue-full.json on branch perf-gate-history (7 runs kept)._"
    `);
  });

  it('fails a p95 far past the band and says so in the table', () => {
    const markdown = renderHistorySection(report([row('p95', 'p95', 140, P95_HISTORY)]));
    expect(markdown).toContain('| p95 | 140 ms |');
    expect(markdown).toContain('❌ regression |');
  });

  it('says how many runs are still needed and still charts the ones there are', () => {
    const markdown = renderHistorySection(
      report([row('p95', 'p95', 86, points([84, 90, 86]))], {
        runs: 3,
        fallback: 'history: 3 of 5 runs needed; judged against the thresholds file',
      }),
    );
    expect(markdown).toMatchInlineSnapshot(`
      "### vs main

      _history: 3 of 5 runs needed; judged against the thresholds file._

      _Trend: p95 over the last 3 runs of main, this run last._

      \`\`\`mermaid
      xychart-beta
          title "p95 (ms) on main, then this run"
          x-axis "commit" ["1111111", "2222222", "3333333", "this run"]
          y-axis "ms" 0 --> 100
          line [84, 90, 86, 86]
      \`\`\`"
    `);
  });
});
