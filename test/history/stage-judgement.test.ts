/**
 * History's p95 row judged per planned stage, on the real quick enqueue recordings of the quiet
 * machine (test/fixtures/recordings/compact): base quiet-healthy-1, 2, 4, 5, 6, judged
 * quiet-healthy-3 unchanged, with regressions and a transient spell injected into its own
 * durations. How every recording fares is test/scripts/power-curve.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { loadBlocksOf, scaled, SPELL, stageFiguresOf, stagesOf } from '../../scripts/power-curve/curve.js';
import type { Recording } from '../../scripts/power-curve/recording.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { judgeStages, type StageRun } from '../../src/history/stage-judgement.js';
import { disturbedStageEdges } from '../../src/history/stage-touch.js';
import { holmFamily } from '../../src/judge/family.js';
import { describeCheck } from '../../src/judge/step.js';
import { entryOf, load, p95Row } from './recording-entries.js';

const OPTIONS = { alpha: 0.05, minChange: 0.1 };
const runs = () => Promise.all([1, 2, 4, 5, 6, 3].map((i) => load(`quiet-healthy-${i}`)));

/** The recording's entry with its stages' p50, p95 and 95% intervals, as the action records them. */
function withStages(r: Recording, commit: string): HistoryEntry {
  const e = entryOf(r, commit);
  const template = e.figures.stages[0]!;
  const stages = stageFiguresOf(r).flatMap((f, index) =>
    f === null
      ? []
      : [
          {
            ...template,
            index,
            label: ['VU 10', 'VU 50', 'VU 100', 'VU 200', 'ramp-down'][index]!,
            p50: { value: f.p50, low: null, high: null },
            p95: { value: f.p95, low: f.p95Low, high: f.p95 * (f.p95 / f.p95Low) },
          },
        ],
  );
  return { ...e, figures: { ...e.figures, stages } };
}

describe("history's p95 row judged per stage (real recordings)", () => {
  it('passes the unchanged run and fails it slowed ×1.3 and ×1.5', async () => {
    const all = await runs();
    const base = all.slice(0, 5).map(stagesOf);
    expect(judgeStages(stagesOf(all[5]!), base, OPTIONS)?.outcome).toBe('pass');
    for (const factor of [1.3, 1.5]) {
      const j = judgeStages(stagesOf(scaled(all[5]!, factor)), base, OPTIONS)!;
      expect(j.outcome, `×${factor}`).toBe('fail');
      expect(j.shift - judgeStages(stagesOf(all[5]!), base, OPTIONS)!.shift).toBeCloseTo(Math.log(factor), 6);
    }
  });

  it('does not fail a run with a 25 s spell ×3, says which stage was disturbed, and fails it once slowed ×1.5', async () => {
    const all = await runs();
    const base = all.slice(0, 5).map(stagesOf);
    const spelled = judgeStages(stagesOf(scaled(all[5]!, 1, SPELL)), base, OPTIONS)!;
    expect(spelled.disturbed).toEqual([2]);
    expect(spelled.outcome).toBe('inconclusive');
    expect(spelled.why).toBe('cleared only without its disturbed stages');
    expect(judgeStages(stagesOf(scaled(all[5]!, 1.5, SPELL)), base, OPTIONS)?.outcome).toBe('fail');
  });

  it('follows a spell over a stage edge: the next stage, disturbed at its first block, is left out too', async () => {
    // quiet-healthy-6, the slowest of the six, judged against the other five: the spell fills
    // VU 100 and spills 3 s into VU 200, whose level alone then fails the unchanged run.
    const all = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => load(`quiet-healthy-${i}`)));
    const judged = all[5]!;
    const base = all.slice(0, 5);
    const spelled = scaled(judged, 1, SPELL);
    const edges = disturbedStageEdges(loadBlocksOf(spelled), base.map(loadBlocksOf));
    expect([...edges.first]).toContain(3);
    const blind = judgeStages(stagesOf(spelled), base.map(stagesOf), OPTIONS)!;
    expect(blind.outcome, 'without the blocks the spill fails it').toBe('fail');
    const seen = judgeStages(stagesOf(spelled), base.map(stagesOf), { ...OPTIONS, edges })!;
    expect(seen.disturbed).toEqual([2, 3]);
    expect(seen.spilled).toEqual([3]);
    expect(seen.outcome).toBe('inconclusive');
    // Unspelled, its blocks mark no stage edge next to a disturbed stage: every stage stays judged.
    const plain = judgeStages(stagesOf(judged), base.map(stagesOf), {
      ...OPTIONS,
      edges: disturbedStageEdges(loadBlocksOf(judged), base.map(loadBlocksOf)),
    })!;
    expect(plain.disturbed).toEqual([]);
    expect(plain.outcome).toBe('pass');
  });

  it('leaves judged a stage with a disturbed block when no neighbour is disturbed outright', async () => {
    // quiet-healthy-5's VU 50 ramp has a block 1.8× past its floor, with nothing disturbed beside it.
    const all = await Promise.all([1, 2, 3, 4, 6, 5].map((i) => load(`quiet-healthy-${i}`)));
    const base = all.slice(0, 5);
    const slowed = scaled(all[5]!, 1.3);
    const edges = disturbedStageEdges(loadBlocksOf(slowed), base.map(loadBlocksOf));
    expect(edges.first.size + edges.last.size).toBeGreaterThan(0);
    const j = judgeStages(stagesOf(slowed), base.map(stagesOf), { ...OPTIONS, edges })!;
    expect(j.disturbed).toEqual([]);
    expect(j.outcome).toBe('fail');
  });

  it('never passes a run whose own uncertainty is 10× the history’s, nor fails it unchanged', async () => {
    const all = await runs();
    const base = all.slice(0, 5).map(stagesOf);
    const vague = (run: StageRun): StageRun => run.map((s) => s && { ...s, se: (s.se ?? 0) * 10 });
    for (const factor of [0.9, 1, 1.3]) {
      const j = judgeStages(vague(stagesOf(scaled(all[5]!, factor))), base, OPTIONS)!;
      expect(j.outcome, `×${factor}`).not.toBe('pass');
      if (factor < 1.3) expect(j.outcome, `×${factor}`).toBe('inconclusive');
      expect(j.bar, 'the band is the base runs’ alone').toBe(judgeStages(stagesOf(all[5]!), base, OPTIONS)!.bar);
    }
  });

  it('needs 3 base runs of the same plan', async () => {
    const all = await runs();
    const base = all.slice(0, 5).map(stagesOf);
    expect(judgeStages(stagesOf(all[5]!), base.slice(0, 2), OPTIONS)).toBeNull();
    expect(judgeStages(stagesOf(all[5]!), [...base.slice(0, 2), base[2]!.slice(1)], OPTIONS)).toBeNull();
  });

  it('decides the gate’s p95 row, as the primary row that Holm leaves alone', async () => {
    const all = await runs();
    const base = all.slice(0, 5).map((r, i) => withStages(r, `b${i}`));
    const slowed = scaled(all[5]!, 1.3);
    const current = withStages(slowed, 'pr');
    const { c, row } = await p95Row(slowed, base, current);
    expect(c.stages?.outcome).toBe('fail');
    expect(c.comparison.status).toBe('regression');
    expect(row.primary).toBe(true);
    expect(row.status).toBe('fail');
    expect(row.confidence).toMatch(
      /^p95 judged per stage \(median and p95\) against the same stages of 5 runs of main: \+\d+\.\d% over 5 stages, past the bar of \+\d+\.\d%/,
    );
    // What the report shows as the row's change and fail point is what the stages decided on.
    expect(row.judgedOn).toEqual({
      unit: 'per stage',
      change: Math.expm1(c.stages!.shift),
      failAt: Math.expm1(c.stages!.bar + c.stages!.excess),
    });
    expect(row.judgedOn!.change).toBeGreaterThan(row.judgedOn!.failAt);
    expect(describeCheck(row)).toMatch(/^p95 vs history \+\d+\.\d% per stage \(fails past \+\d+\.\d% per stage\)$/);
    const spelled = scaled(all[5]!, 1, SPELL);
    const disturbed = await p95Row(spelled, base, withStages(spelled, 'pr'));
    expect(disturbed.row.status).toBe('warn');
    expect(disturbed.row.confidence).toMatch(
      /\(disturbed, left out: stage 2 \(VU 100\), stage 3 \(VU 200\) where the spell spilled over\): inside the bar of \+\d+\.\d% only without its disturbed stages/,
    );
    // Eight more rows that fail with p = 0.04 each: Holm turns them into warnings, never the primary row.
    const others = Array.from({ length: 8 }, (_, i) => ({ ...row, name: `other ${i}`, primary: false, p: 0.04 }));
    const judged = holmFamily([row, ...others]);
    expect(judged[0]!.status).toBe('fail');
    expect(judged.slice(1).every((r) => r.status === 'warn')).toBe(true);
  });
});
