/**
 * What a saturated run's pass is checked against, as the gate wires it (gate/verdict.ts): the
 * history's base runs first, else the thresholds file's stage baseline with every stage's
 * request count, else nothing, and then no pass. On the real enqueue-full recording.
 */
import { describe, expect, it } from 'vitest';
import { parseThresholds, type Thresholds } from '../../src/config/thresholds.js';
import type { HistoryStep } from '../../src/gate/history.js';
import { runVerdicts } from '../../src/gate/verdict.js';
import { composeRuns } from '../../src/judge/compose.js';
import { markInconclusive } from '../../src/judge/inconclusive.js';
import { judge } from '../../src/judge/judge.js';
import { analyzeRecording } from '../support/recordings.js';

const SATURATED = "the runner's CPU was saturated from 0:26 to 0:50";

/** A history step that judges nothing, with the given thresholds and base runs' requests. */
const step = (thresholds: Thresholds, baseRequests: number | null): HistoryStep => ({
  baseline: 'thresholds-file',
  thresholds,
  comparison: null,
  rowsFor: () => [],
  record: async () => {},
  report: null,
  baseRequests,
});

async function saturatedVerdict(stageRequests: Array<number | undefined>, baseRequests: number | null) {
  const result = await analyzeRecording('enqueue-full');
  const thresholds = parseThresholds(
    {
      checks: [{ figure: 'p95', scope: 'overall', limit: 60_000 }],
      stageBaseline: {
        stages: result.stages.map((s, i) => ({
          label: s.stage.label,
          p50: 5,
          p95: 9,
          ...(stageRequests[i] === undefined ? {} : { requests: stageRequests[i] }),
        })),
      },
    },
    'saturated.json',
  );
  const verdict = markInconclusive(judge(result, thresholds), SATURATED);
  const run = {
    k6: null,
    result,
    server: { serverStages: null, bottleneck: null, dashboardUrl: null },
    verdict,
    loadGenerator: null,
  };
  return { verdict: composeRuns(runVerdicts(run, step(thresholds, baseRequests)), { kind: 'none' }).verdict, result };
}

describe("a saturated run's pass, against the load it sent", () => {
  it('stands on the stage baseline’s request counts when the run sent as many', async () => {
    const { stages } = await analyzeRecording('enqueue-full');
    const sent = stages.map((s) => s.duration?.count ?? 0);
    const { verdict } = await saturatedVerdict(sent, null);
    expect(verdict.status).toBe('pass');
    expect(verdict.loadDelivered).toMatch(
      /, 100% of the [\d,]+ in the thresholds file's stage baseline, so the target saw its load$/,
    );
  });

  it('prefers the history’s base runs, and warns when the run sent far fewer', async () => {
    const { result } = await saturatedVerdict([], null);
    const { verdict } = await saturatedVerdict([], Math.round(result.overall.requests * 1.25));
    expect(verdict.status).toBe('warn');
    expect(verdict.inconclusive).toMatch(
      /, 80% of the [\d,]+ in the history: a lighter load makes the target look faster/,
    );
  });

  it('gives no pass when no stage baseline has every stage’s count and there is no history', async () => {
    const { verdict } = await saturatedVerdict([100, 200], null);
    expect(verdict.status).toBe('warn');
    expect(verdict.inconclusive).toMatch(
      /^the runner's CPU was saturated from 0:26 to 0:50; no request count to check/,
    );
  });
});
