import { describe, expect, it } from 'vitest';
import { compareFigure, type HistoryFigure, type HistoryPoint } from '../../src/history/compare.js';
import { historyRows, type CheckedComparison } from '../../src/history/verdict.js';
import { renderHistorySection, type HistoryReport } from '../../src/report/history-section.js';
import { entryOf, healthy, load, p95Row } from '../history/recording-entries.js';

const points = (values: number[]): HistoryPoint[] =>
  values.map((value, i) => ({ commit: `${i + 1}`.repeat(40), time: `2026-01-0${i + 1}T00:00:00Z`, value }));

const P95_HISTORY = points([84, 90, 86, 88, 82, 87]);

function row(
  name: string,
  figure: CheckedComparison['figure'],
  value: number,
  history: HistoryPoint[],
): CheckedComparison {
  return {
    name,
    figure,
    scope: { kind: 'overall' },
    severity: 'fail',
    comparison: compareFigure({ kind: 'overall' }, figure as HistoryFigure, { value, low: null, high: null }, history),
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
      "### History

      _Compared with the recent runs of main._

      | Figure | This run | Centre | Band | Change | Runs | vs history |
      |---|--:|--:|--:|--:|--:|---|
      | p95 | 87 ms | 86.1 ms | ≤ 97.2 ms | +1% | 6 | ✅ within band |
      | requests/s | 120 req/s | 150 req/s | ≥ 135 req/s | -20% | 6 | ❌ regression |
      | error rate | 0.4% | 0.27% | ≤ 1.3% | +0.13 pp | 6 | ✅ within band |

      _What the gate can detect today (the smallest change each band fails, over 6 runs): p95 +13%, requests/s -10%, error rate +1.00 pp._

      _Trend: p95 over the last 6 runs of main, this run last; the flat line is the band._

      \`\`\`mermaid
      xychart-beta
          title "p95 (ms), earlier runs then this run"
          x-axis "commit" ["1111111", "2222222", "3333333", "4444444", "5555555", "6666666", "this run"]
          y-axis "ms" 0 --> 100
          line [84, 90, 86, 88, 82, 87, 87]
          line [97, 97, 97, 97, 97, 97, 97]
      \`\`\`

      _Recorded in perf-gate/enqueue-full.json on branch perf-gate-history (7 runs kept)._"
    `);
  });

  it('shows the severity the verdict gives the row: a regression the verdict only warns on is no ❌', () => {
    const slow = row('p95', 'p95', 140, P95_HISTORY);
    const [judged] = historyRows([slow], 'main');
    expect(judged).toMatchObject({ name: 'p95 vs history', status: 'fail' });
    expect(renderHistorySection(report([slow]), [judged!])).toContain('| ❌ regression |');
    // Capped by a saturated runner, or cleared by a confirmation run: the verdict warns, and so does the table.
    const warned = { ...judged!, status: 'warn' as const };
    const markdown = renderHistorySection(report([slow]), [warned]);
    expect(markdown).toContain('| ⚠️ regression |');
    expect(markdown).not.toContain('❌');
  });

  it('after a confirmation run, says what each run gave: a regression the second run cleared is no "✅ regression"', () => {
    const slow = row('p95', 'p95', 140, P95_HISTORY);
    const [judged] = historyRows([slow], 'main');
    const cleared = { ...judged!, status: 'pass' as const };
    const confirmation = (secondStatus: 'pass' | 'warn' | 'fail') => ({
      kind: 'rerun' as const,
      repeated: secondStatus === 'fail',
      rows: [
        {
          name: 'p95 vs history',
          figure: 'p95' as const,
          first: 140,
          second: 88,
          limit: 97.2,
          firstStatus: 'fail' as const,
          secondStatus,
        },
      ],
    });
    const markdown = renderHistorySection(report([slow]), [cleared], confirmation('pass'));
    expect(markdown).toContain(
      '| p95 | 140 ms | 86.1 ms | ≤ 97.2 ms | +63% | 6 | ✅ regression in the first run, within band in the confirmation run |',
    );
    expect(markdown).not.toMatch(/✅ regression \|/);
    expect(markdown).toContain(
      "_This run: the first run's figures; the confirmation run's are beside them under the headline._",
    );
    const repeated = renderHistorySection(report([slow]), [judged!], confirmation('fail'));
    expect(repeated).toContain('| ❌ regression in both runs |');
    // Without a confirmation run the table says nothing of a second one.
    expect(renderHistorySection(report([slow]), [judged!])).not.toContain('confirmation');
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
      "### History

      _Compared with the recent runs of main._

      _history: 3 of 5 runs needed; judged against the thresholds file._

      _Trend: p95 over the last 3 runs of main, this run last._

      \`\`\`mermaid
      xychart-beta
          title "p95 (ms), earlier runs then this run"
          x-axis "commit" ["1111111", "2222222", "3333333", "this run"]
          y-axis "ms" 0 --> 100
          line [84, 90, 86, 86]
      \`\`\`"
    `);
  });
});

describe('the vs-main section with the p95 row judged per 5 s block (real quick enqueue recordings)', () => {
  it('says which blocks of a runner saturated mid-run (q-busy-1) were disturbed and left out', async () => {
    const base = (await healthy()).map((r, i) => entryOf(r, `${i + 1}`.repeat(40)));
    const { c } = await p95Row(await load('q-busy-1'), base);
    const markdown = renderHistorySection(report([c], { notes: ['Recorded in perf-gate/enqueue-quick.json.'] }));
    expect(markdown).toMatchInlineSnapshot(`
      "### History

      _Compared with the recent runs of main._

      | Figure | This run | Centre | Band | Change | Runs | vs history |
      |---|--:|--:|--:|--:|--:|---|
      | p95 | 725 ms | 653 ms | ≤ +19.6% per 5 s block | -10.7% per 5 s block | 5 | ✅ within band |

      _What the gate can detect today (the smallest change each band fails, over 5 runs): p95 +19.6% per 5 s block._

      _Trend: p95 over the last 5 runs of main, this run last; judged per 5 s block, so the whole run's figure has no band._

      \`\`\`mermaid
      xychart-beta
          title "p95 (ms), earlier runs then this run"
          x-axis "commit" ["1111111", "2222222", "3333333", "4444444", "5555555", "this run"]
          y-axis "ms" 0 --> 800
          line [692, 611, 757, 588, 632, 725]
      \`\`\`

      _⚠️ Disturbed: 36–42 s (1 of 10 blocks, 13% of requests) ran over 1.8× slower than the rest of the run, against the same seconds of the base runs; latency judged on the other blocks._
      _Recorded in perf-gate/enqueue-quick.json._"
    `);
  });
});

describe('the history section outside CI', () => {
  const unknownCommits = (values: number[]): HistoryPoint[] =>
    points(values).map((point) => ({ ...point, commit: 'unknown' }));

  it('has the same heading, names the runs once ("5 earlier runs"), and labels commit-less runs by their place', () => {
    const markdown = renderHistorySection(
      report([row('p95', 'p95', 86, unknownCommits([84, 90, 86, 88, 82]))], { base: 'earlier runs' }),
    );
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '### History',
      '',
      '_Compared with the earlier runs in the history._',
    ]);
    expect(markdown).toContain('_Trend: p95 over the last 5 earlier runs, this run last; the flat line is the band._');
    expect(markdown).toContain('x-axis "commit" ["run 1", "run 2", "run 3", "run 4", "run 5", "this run"]');
    expect(markdown).not.toContain('unknown');
    expect(markdown).not.toContain('runs runs');
  });

  it('the check row says "past the band of 5 earlier runs", with no doubled word', () => {
    const slow = row('p95', 'p95', 200, unknownCommits([84, 90, 86, 88, 82]));
    const check = historyRows([slow], 'earlier runs')[0] as { name: string };
    expect(check.name).toBe('p95 vs history');
    expect(JSON.stringify(check)).toContain('past the band of 5 earlier runs and worse than their centre by');
    expect(JSON.stringify(check)).not.toContain('runs runs');
  });
});
