/**
 * Thresholds mode's p95 check judged against a stage baseline: on the real quick enqueue
 * recordings of the quiet machine (baseline from quiet-healthy-1…5 as `perf-gate baseline` would
 * write it), and through judge() on hand-built runs for the rule's edges.
 */
import { describe, expect, it } from 'vitest';
import { scaled, SPELL, stageFiguresOf } from '../../scripts/power-curve/curve.js';
import { readCompact, type Recording } from '../../scripts/power-curve/recording.js';
import { parseThresholds, type StageBaseline } from '../../src/config/thresholds.js';
import { holmFamily } from '../../src/judge/family.js';
import { judge } from '../../src/judge/judge.js';
import { describeCheck } from '../../src/judge/step.js';
import { renderChecksTable } from '../../src/report/checks-table.js';
import { judgeStageBaseline, type RunStageFigures } from '../../src/judge/stage-baseline.js';
import { measureStageBaseline } from '../../src/judge/stage-baseline-measure.js';
import { runResult, stageResults } from '../support/run-result-builder.js';

const load = (name: string) => readCompact(`test/fixtures/recordings/compact/${name}.json.gz`);
const stagesOf = (r: Recording): Array<RunStageFigures | null> =>
  stageFiguresOf(r).map((f, i) => f && { label: `stage ${i}`, ...f });

async function baselineOf(names: string[]): Promise<StageBaseline> {
  const runs = await Promise.all(names.map(load));
  const measured = measureStageBaseline(
    runs.map((r) => ({ file: r.name, stages: stagesOf(r), labels: stagesOf(r).map((_, i) => `stage ${i}`) })),
  );
  if ('problem' in measured) throw new Error(measured.problem);
  return measured.stageBaseline;
}

const outcome = (r: Recording, b: StageBaseline) => {
  const m = judgeStageBaseline(stagesOf(r), b, 0.25);
  if ('mismatch' in m) throw new Error(m.mismatch);
  return m.judgement;
};

describe('stage baseline on the real recordings (25% allowance)', () => {
  it('passes the unchanged run and fails all 5 runs of the service made 1.5× slower', async () => {
    const baseline = await baselineOf([1, 2, 3, 4, 5].map((i) => `quiet-healthy-${i}`));
    expect(outcome(await load('quiet-healthy-6'), baseline).outcome).toBe('pass');
    for (const i of [1, 2, 3, 4, 5]) {
      const j = outcome(await load(`quiet-slow15-${i}`), baseline);
      expect(j.outcome, `quiet-slow15-${i}`).toBe('fail');
      expect(j.low).toBeGreaterThan(Math.log(1.25));
    }
  });

  it('does not fail the unchanged run under a 25 s spell ×3, says which stage, and fails it slowed ×1.5 with the spell', async () => {
    const baseline = await baselineOf([1, 2, 3, 4, 5].map((i) => `quiet-healthy-${i}`));
    const run = await load('quiet-healthy-6');
    const spelled = outcome(scaled(run, 1, SPELL), baseline);
    expect(spelled.outcome).not.toBe('fail');
    expect(spelled.disturbed).toEqual(['stage 2']);
    expect(outcome(scaled(run, 1.5, SPELL), baseline).outcome).toBe('fail');
  });

  it('refuses another plan instead of comparing other stages', async () => {
    const baseline = await baselineOf(['quiet-healthy-1', 'quiet-healthy-2']);
    const fewer = { ...baseline, stages: baseline.stages.slice(0, 4) };
    const m = judgeStageBaseline(stagesOf(await load('quiet-healthy-6')), fewer, 0.25);
    expect('mismatch' in m && m.mismatch).toBe(
      "the stage baseline's stages (stage 0, stage 1, stage 2, stage 3) are not this run's (stage 0, stage 1, stage 2, stage 3, stage 4)",
    );
  });
});

describe("judge(): the file's p95 check with a stage baseline", () => {
  const targets = [10, 50, 100, 200, 0];
  const thresholds = parseThresholds(
    {
      checks: [{ figure: 'p95', scope: 'overall', limit: 2000, baseline: 30, allowedRegression: '25%' }],
      stageBaseline: {
        stages: stageResults(targets.map((t) => [t, {}])).map((s) => ({ label: s.stage.label, p50: 6, p95: 20 })),
      },
    },
    'stages.json',
  );
  /** A run whose every stage is `factor` × the baseline (p50 6, p95 20), its p95 interval ±2%, and whose whole-run p95 is `p95`. */
  const run = (factor: number, p95: number) => {
    const stages = stageResults(
      targets.map((t) => [t, { p95: 20 * factor, p95Ci: { low: 20 * factor * 0.98, high: 20 * factor * 1.02 } }]),
    ).map((s) => ({ ...s, duration: { ...s.duration!, med: 6 * factor } }));
    return runResult({ overall: { p95, p95Ci: { low: p95 * 0.9, high: p95 * 1.1 } }, stages });
  };

  it('fails 1.5× slower stages though the whole-run p95 is inside its limit, and says how it judged', () => {
    const check = judge(run(1.5, 35), thresholds).checks[0]!;
    expect(check.status).toBe('fail');
    expect(check.value).toBe(35);
    // The stages' own p-value, not the whole run's interval's: the run's Holm family keeps the fail.
    expect(check.p).toBeLessThan(1e-6);
    const withErrors = { ...check, name: 'error rate', figure: 'error-rate' as const, p: 0.5, status: 'pass' as const };
    expect(holmFamily([check, withErrors])[0]!.status).toBe('fail');
    expect(check.confidence).toBe(
      "judged per stage (median and p95) against the file's stage baseline: +50.0% over 5 stages (95% interval +48.7% to +51.4%), past the allowance of +25.0% even allowing for this run's noise",
    );
    // The report shows what decided the row: the stages' change against the allowance, not 35 ms against 37.5 ms.
    expect(check.judgedOn).toEqual({
      unit: 'per stage',
      change: expect.closeTo(0.5, 3),
      failAt: expect.closeTo(0.25, 9),
    });
    expect(renderChecksTable([check])).toContain(
      '| p95 | 35 ms | ≤ +25.0% per stage | 30 ms | +50.0% per stage | ❌ fail |',
    );
    expect(describeCheck(check)).toBe('p95 +50.0% per stage (fails past +25.0% per stage)');
  });

  it('passes unchanged stages though the whole-run p95 is past baseline + 25%, and still fails the absolute limit', () => {
    expect(judge(run(1, 45), thresholds).checks[0]!.status).toBe('pass');
    const overLimit = judge(run(1, 2500), thresholds).checks[0]!;
    expect(overLimit.status).toBe('fail');
    // The absolute limit decided: the row shows it, not baseline + allowance (37.5 ms) nor the stages' change.
    expect(overLimit.limit).toBe(2000);
    expect(overLimit.judgedOn).toBeUndefined();
    expect(describeCheck(overLimit)).toBe('p95 2,500 ms > 2,000 ms');
    expect(overLimit.confidence).toMatch(/^above the limit of 2,000 ms even allowing for this run's noise/);
  });

  it('judges a run of another plan on its whole-run p95, and says why', () => {
    const other = { ...run(1.5, 45), stages: run(1.5, 45).stages.slice(0, 3) };
    const check = judge(other, thresholds).checks[0]!;
    expect(check.status).toBe('fail');
    expect(check.confidence).toMatch(
      /; not judged per stage: the stage baseline's stages \(VU 10, VU 50, VU 100, VU 200, ramp-down\) are not this run's \(VU 10, VU 50, VU 100\)$/,
    );
  });
});
