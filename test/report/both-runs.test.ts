/** The report's confirmation section with both runs side by side, by exact text. */
import { describe, expect, it } from 'vitest';
import type { Confirmation } from '../../src/judge/types.js';
import { renderConfirmation } from '../../src/report/load-generator.js';

const confirmed: Confirmation = {
  kind: 'rerun',
  repeated: false,
  rows: [
    {
      name: 'p95 vs main',
      figure: 'p95',
      first: 31.4,
      second: 8.2,
      limit: 12,
      firstStatus: 'fail',
      secondStatus: 'pass',
    },
  ],
  runs: [
    { p95: 31.4, p99: 58.25, errorRate: 0.0125, requests: 1234, status: 'fail' },
    { p95: 8.2, p99: 15, errorRate: null, requests: 0, status: 'pass' },
  ],
};

describe('renderConfirmation with both runs', () => {
  it('shows the rows that failed in either run, then both runs’ key figures and own verdicts', () => {
    expect(renderConfirmation(confirmed)).toBe(
      [
        '> **Not confirmed:** the latency failure did not repeat in a second run, so it was noise; the verdict rests on the confirmation run.',
        '',
        '| Figure | First run | Confirmation run | Limit |',
        '|---|--:|--:|--:|',
        '| p95 vs main | 31.4 ms ❌ | 8.2 ms ✅ | 12 ms |',
        '',
        '**Both runs**',
        '',
        '| Run | p95 | p99 | Error rate | Requests | Verdict on its own |',
        '|---|--:|--:|--:|--:|---|',
        '| First | 31.4 ms | 58.3 ms | 1.3% | 1,234 | ❌ fail |',
        '| Confirmation | 8.2 ms | 15 ms | — | 0 | ✅ pass |',
      ].join('\n'),
    );
  });

  it('says the first run could not tell, not that it failed, when only an inconclusive row asked', () => {
    const [row] = (confirmed as Extract<Confirmation, { kind: 'rerun' }>).rows;
    const unsure: Confirmation = { kind: 'rerun', repeated: false, rows: [{ ...row!, firstStatus: 'warn' }] };
    expect(renderConfirmation(unsure).split('\n')[0]).toBe(
      '> **Run again:** the first run could not tell whether latency is within its limit, so the scenario ran a second time; the verdict rests on the confirmation run.',
    );
  });

  it('shows a row judged per stage by each run’s change and its fail point, not by whole-run milliseconds', () => {
    const [row] = (confirmed as Extract<Confirmation, { kind: 'rerun' }>).rows;
    const perStage: Confirmation = {
      kind: 'rerun',
      repeated: true,
      rows: [
        {
          ...row!,
          name: 'p95 vs history',
          secondStatus: 'fail',
          judgedOn: {
            first: { unit: 'per stage', change: 0.485, failAt: 0.106 },
            second: { unit: 'per stage', change: 0.552, failAt: 0.112 },
          },
        },
      ],
    };
    expect(renderConfirmation(perStage).split('\n')[4]).toBe(
      '| p95 vs history | +48.5% per stage ❌ | +55.2% per stage ❌ | ≤ +11.2% per stage |',
    );
  });

  it('leaves the table out when the runs’ figures are unknown', () => {
    const { runs: _runs, ...withoutRuns } = confirmed as Extract<Confirmation, { kind: 'rerun' }>;
    expect(renderConfirmation(withoutRuns)).not.toContain('Both runs');
  });
});
