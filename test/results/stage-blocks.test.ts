import { describe, expect, it } from 'vitest';
import { stagePlanFor } from '../../scenarios/lib/options.js';
import { readCompact, stageSpans } from '../../scripts/power-curve/recording.js';
import { spansOfPlan, stageBlockIntervals } from '../../src/results/stage-blocks.js';
import { percentile } from '../../src/results/stats.js';
import { timeAwareIntervals } from '../../src/results/time-blocks.js';

const RECORDINGS = 'test/fixtures/recordings/compact';

/** `perSecond` requests a second over [fromMs, toMs), durations `level` ms with a small repeating wobble. */
function stretch(fromMs: number, toMs: number, perSecond: number, level: number) {
  const n = Math.round(((toMs - fromMs) / 1000) * perSecond);
  const times = Array.from({ length: n }, (_, i) => fromMs + (i * 1000) / perSecond);
  const durations = times.map((_, i) => level * (1 + ((i * 7) % 20) / 100));
  return { times, durations };
}

function sampleOf(parts: Array<{ times: number[]; durations: number[] }>) {
  const times = Float64Array.from(parts.flatMap((p) => p.times));
  const durations = Float64Array.from(parts.flatMap((p) => p.durations));
  const sorted = durations.slice().sort();
  const figures = { p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), errorRate: 0, failedSamples: 0 };
  return { sample: { times, durations, failed: new Int8Array(times.length).fill(-1) }, sorted, figures };
}

describe('intervals from blocks inside each stage', () => {
  it("does not count the plan's step from one stage to the next as noise", () => {
    // Two 30 s stages, the second ten times slower: steady within each stage.
    const { sample, sorted, figures } = sampleOf([stretch(0, 30000, 100, 10), stretch(30000, 60000, 100, 100)]);
    const spans = spansOfPlan(
      {
        unit: 'vus',
        start: 0,
        stages: [
          { durationMs: 30000, target: 50 },
          { durationMs: 30000, target: 100 },
        ],
      },
      0,
    );
    const staged = stageBlockIntervals(sample, sorted, figures, spans);
    const whole = timeAwareIntervals(sample, sorted, figures);
    expect(staged).not.toBeNull();
    expect(whole).not.toBeNull();
    const width = (ci: { low: number; high: number }) => ci.high - ci.low;
    expect(width(staged!.p95)).toBeLessThan(width(whole!.p95!) / 3);
    expect(staged!.p95.low).toBeLessThanOrEqual(figures.p95);
    expect(staged!.p95.high).toBeGreaterThanOrEqual(figures.p95);
    expect(staged!.shortStages).toEqual([]);
  });

  it('names the quick spike stages too short for their own interval, and keeps its hold stages apart from its ramps', () => {
    const spans = spansOfPlan(stagePlanFor('spike', 'quick'), 0);
    expect(spans.map((s) => s.kind)).toEqual(['hold', 'ramp', 'hold', 'ramp']);
    const { sample, sorted, figures } = sampleOf(spans.map((s) => stretch(s.startMs, s.endMs, 200, 10 + s.index)));
    expect(stageBlockIntervals(sample, sorted, figures, spans)?.shortStages).toEqual([0, 1, 3]);
  });

  it('gives no interval at all when no stage is long enough to measure its own bursts', () => {
    const spans = spansOfPlan({ unit: 'vus', start: 0, stages: [{ durationMs: 3000, target: 10 }] }, 0);
    const { sample, sorted, figures } = sampleOf([stretch(0, 3000, 100, 10)]);
    expect(stageBlockIntervals(sample, sorted, figures, spans)).toBeNull();
  });

  it('is never wider than whole-run blocks on the real quick enqueue recordings, and holds the p95', async () => {
    for (const name of ['q-healthy-1', 'q-healthy-2', 'q-healthy-3', 'q-healthy-4', 'q-healthy-5', 'q-healthy-6']) {
      const r = await readCompact(`${RECORDINGS}/${name}.json.gz`);
      const { sample, sorted, figures } = sampleOf([
        { times: Array.from(r.times), durations: Array.from(r.durations) },
      ]);
      const staged = stageBlockIntervals(sample, sorted, figures, stageSpans('enqueue', 'quick'));
      const whole = timeAwareIntervals(sample, sorted, figures);
      expect(staged, name).not.toBeNull();
      expect(staged!.p95.high - staged!.p95.low, name).toBeLessThanOrEqual(whole!.p95!.high - whole!.p95!.low);
      expect(staged!.p95.low, name).toBeLessThanOrEqual(figures.p95);
      expect(staged!.p95.high, name).toBeGreaterThanOrEqual(figures.p95);
    }
  });
});

describe("a run's load blocks (what the block-robust verdict and history compare)", () => {
  it('cuts the enqueue-full recording into 5 s blocks and more inside each stage, times from the load start', async () => {
    const { analyzeRecording } = await import('../support/recordings.js');
    const result = await analyzeRecording('enqueue-full');
    const blocks = result.loadBlocks;
    expect(blocks).toBeDefined();
    // full enqueue: 30 s, 60 s, 120 s, 60 s, 30 s → 6 + 10 + 10 + 10 + 6 blocks.
    expect(blocks!.stage.filter((s) => s === 0)).toHaveLength(6);
    expect(blocks!.startMs).toHaveLength(42);
    expect(blocks!.startMs[0]).toBe(0);
    expect(blocks!.endMs[41]).toBe(300000);
    expect(blocks!.requests.reduce((a, b) => a + b, 0)).toBe(result.overall.duration?.count);
    for (const lp of blocks!.logP95)
      if (lp !== null) expect(Math.exp(lp)).toBeLessThanOrEqual(result.overall.duration!.max);
  });
});
