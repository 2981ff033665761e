/**
 * 95% intervals that do not count the plan as noise. A ramped run's latency follows its load:
 * blocks cut across the whole run would read the plan's stage-to-stage differences as
 * uncertainty (on quick enqueue, about 7× the real run-to-run spread). So the requests are
 * stratified by stage and cut into time blocks inside each stage, ramps and holds apart.
 *
 * For a percentile p with the run's value q, the share at or below q is Σ w_s·F_s with w_s the
 * stage's share of requests (exactly the overall share). Its variance is Σ w_s²·V_s, where V_s
 * is the batch-means variance of the stage's own share over the stage's blocks, centred on that
 * stage (a stratified ratio estimator): the stages' own levels never enter. p ± t·se maps back
 * to order statistics of the whole sample (Woodruff). Degrees of freedom: Σ (B_s − 1).
 *
 * A stage with fewer than MIN_STAGE_BLOCKS blocks cannot see its own bursts. Its variance is
 * the independent-draws variance times the largest design effect of the stages that can, and
 * it is named in `shortStages`, which the report shows; when no stage can, there is no honest
 * interval and the function returns null. Pure and deterministic.
 */
import { studentT95 } from '../stats/distributions.js';
import { wilson, type TimedSample } from './time-blocks.js';
import type { ConfidenceInterval, StagePlan } from './types.js';

/** Blocks in a stage: at least this long, so a block holds a burst's worth of requests… */
export const STAGE_BLOCK_MIN_MS = 1000;
/** …and at most this many per stage (longer stages get longer blocks). */
export const MAX_STAGE_BLOCKS = 10;
/** A stage with fewer non-empty blocks is too short to measure its own uncertainty. */
export const MIN_STAGE_BLOCKS = 5;

/** One stage of the plan on the sample's clock (ms, same origin as the sample's times). */
export interface StageSpan {
  index: number;
  startMs: number;
  endMs: number;
  /** hold: the load stays at its target; ramp: it moves towards it. */
  kind: 'hold' | 'ramp';
}

export interface StageBlockIntervals {
  blocks: number;
  /** Stages whose interval borrows another stage's design effect: too short to see their own bursts. */
  shortStages: number[];
  p95: ConfidenceInterval;
  p99: ConfidenceInterval;
  errorRate: ConfidenceInterval | null;
}

/**
 * The plan's stages on a sample's clock, `offsetMs` being when the scenario started on it. A
 * stage whose target equals the load before it is a hold; any other a ramp.
 */
export function spansOfPlan(plan: StagePlan, offsetMs: number): StageSpan[] {
  let before = plan.start;
  let startMs = offsetMs;
  return plan.stages.map((stage, index) => {
    const span: StageSpan = {
      index,
      startMs,
      endMs: startMs + stage.durationMs,
      kind: stage.target === before ? 'hold' : 'ramp',
    };
    before = stage.target;
    startMs = span.endMs;
    return span;
  });
}

/** Each request's stage: the span its time falls in; before the first span the first, after the last the last. */
export function stageOf(spans: readonly StageSpan[], timeMs: number): number {
  for (let s = 0; s < spans.length; s++) if (timeMs < (spans[s] as StageSpan).endMs) return s;
  return spans.length - 1;
}

/** A stage's block length: STAGE_BLOCK_MIN_MS or longer, so that at most MAX_STAGE_BLOCKS fit. */
export function stageBlockMs(span: StageSpan, minMs = STAGE_BLOCK_MIN_MS, maxPerStage = MAX_STAGE_BLOCKS): number {
  return Math.max(minMs, (span.endMs - span.startMs) / maxPerStage);
}

/** Each request's (stage, block in stage) as one flat block id, with the number of ids. */
export function stageBlockIds(
  times: ArrayLike<number>,
  spans: readonly StageSpan[],
  minMs = STAGE_BLOCK_MIN_MS,
  maxPerStage = MAX_STAGE_BLOCKS,
): { ids: Int32Array; stageOfBlock: Int32Array; count: number } {
  const firstId: number[] = [];
  const perStage: number[] = [];
  let count = 0;
  for (const span of spans) {
    const n = Math.max(1, Math.floor((span.endMs - span.startMs) / stageBlockMs(span, minMs, maxPerStage)));
    firstId.push(count);
    perStage.push(n);
    count += n;
  }
  const stageOfBlock = new Int32Array(count);
  spans.forEach((_, s) => stageOfBlock.fill(s, firstId[s] as number, (firstId[s] as number) + (perStage[s] as number)));
  const ids = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    const s = stageOf(spans, t);
    const span = spans[s] as StageSpan;
    const n = perStage[s] as number;
    const len = (span.endMs - span.startMs) / n;
    const b = Math.min(n - 1, Math.max(0, Math.floor((t - span.startMs) / len)));
    ids[i] = (firstId[s] as number) + b;
  }
  return { ids, stageOfBlock, count };
}

interface Strata {
  /** Per stage: requests, variance of the stage's share (batch means, or null when too short), independent-draws variance, blocks. */
  n: Float64Array;
  batch: Array<number | null>;
  independent: Float64Array;
  blocks: Int32Array;
}

/** Per stage, the batch-means variance of the share hits/sizes over its blocks. */
function strata(hits: Float64Array, sizes: Float64Array, stageOfBlock: Int32Array, stages: number): Strata {
  const n = new Float64Array(stages);
  const k = new Float64Array(stages);
  const blocks = new Int32Array(stages);
  for (let b = 0; b < sizes.length; b++) {
    const s = stageOfBlock[b] as number;
    n[s] = (n[s] as number) + (sizes[b] as number);
    k[s] = (k[s] as number) + (hits[b] as number);
    if ((sizes[b] as number) > 0) blocks[s] = (blocks[s] as number) + 1;
  }
  const sumSq = new Float64Array(stages);
  for (let b = 0; b < sizes.length; b++) {
    const s = stageOfBlock[b] as number;
    const size = sizes[b] as number;
    if (size === 0) continue;
    const r = (hits[b] as number) - ((k[s] as number) / (n[s] as number)) * size;
    sumSq[s] = (sumSq[s] as number) + r * r;
  }
  const batch: Array<number | null> = [];
  const independent = new Float64Array(stages);
  for (let s = 0; s < stages; s++) {
    const ns = n[s] as number;
    const B = blocks[s] as number;
    const share = ns > 0 ? (k[s] as number) / ns : 0;
    independent[s] = ns > 0 ? (share * (1 - share)) / ns : 0;
    batch.push(B >= MIN_STAGE_BLOCKS ? ((B / (B - 1)) * (sumSq[s] as number)) / (ns * ns) : null);
  }
  return { n, batch, independent, blocks };
}

/** Variance of the overall share and its degrees of freedom, or null when no stage has enough blocks. */
function stratifiedVariance(st: Strata): { variance: number; df: number; short: number[] } | null {
  let total = 0;
  for (const ns of st.n) total += ns;
  // The largest design effect among stages that measure their own: what a short stage borrows.
  let effect = 0;
  let measured = false;
  st.batch.forEach((v, s) => {
    if (v === null) return;
    measured = true;
    const ind = st.independent[s] as number;
    if (ind > 0) effect = Math.max(effect, v / ind);
  });
  if (!measured || total === 0) return null;
  effect = Math.max(1, effect);
  let variance = 0;
  let df = 0;
  const short: number[] = [];
  st.batch.forEach((v, s) => {
    const ns = st.n[s] as number;
    if (ns === 0) return;
    const w = ns / total;
    const ind = st.independent[s] as number;
    if (v === null) short.push(s);
    else df += (st.blocks[s] as number) - 1;
    variance += w * w * (v === null ? effect * ind : Math.max(v, ind));
  });
  return { variance, df, short };
}

/** Tallies per block of: requests with a duration, those at or below each value, failure samples and failures. */
function tally(sample: TimedSample, ids: Int32Array, count: number, values: number[]) {
  const sizes = new Float64Array(count);
  const below = values.map(() => new Float64Array(count));
  const failSamples = new Float64Array(count);
  const failures = new Float64Array(count);
  for (let i = 0; i < ids.length; i++) {
    const b = ids[i] as number;
    sizes[b] = (sizes[b] as number) + 1;
    const d = sample.durations[i] as number;
    values.forEach((v, j) => {
      if (d <= v) (below[j] as Float64Array)[b] = ((below[j] as Float64Array)[b] as number) + 1;
    });
    const f = sample.failed[i] as number;
    if (f >= 0) {
      failSamples[b] = (failSamples[b] as number) + 1;
      failures[b] = (failures[b] as number) + f;
    }
  }
  return { sizes, below, failSamples, failures };
}

/**
 * Stage-stratified 95% intervals of p95, p99 and the error rate, or null when no stage holds
 * MIN_STAGE_BLOCKS blocks. `sorted` is the durations ascending; p95, p99 and errorRate the run's values.
 */
export function stageBlockIntervals(
  sample: TimedSample,
  sorted: ArrayLike<number>,
  figures: { p95: number; p99: number; errorRate: number; failedSamples: number },
  spans: readonly StageSpan[],
): StageBlockIntervals | null {
  const n = sorted.length;
  if (n === 0 || spans.length === 0 || n !== sample.durations.length) return null;
  const { ids, stageOfBlock, count } = stageBlockIds(sample.times, spans);
  const t = tally(sample, ids, count, [figures.p95, figures.p99]);
  const percentileCi = (hits: Float64Array, p: number) => {
    const v = stratifiedVariance(strata(hits, t.sizes, stageOfBlock, spans.length));
    if (v === null) return null;
    const se = Math.sqrt(Math.max(v.variance, (p * (1 - p)) / n));
    const tq = studentT95(Math.max(1, v.df));
    const lowRank = Math.max(1, Math.floor(n * (p - tq * se)));
    const highRank = Math.min(n, Math.ceil(n * (p + tq * se)) + 1);
    return { ci: { low: sorted[lowRank - 1] as number, high: sorted[highRank - 1] as number }, v };
  };
  const p95 = percentileCi(t.below[0] as Float64Array, 0.95);
  const p99 = percentileCi(t.below[1] as Float64Array, 0.99);
  if (p95 === null || p99 === null) return null;
  let errorRate: ConfidenceInterval | null = null;
  if (figures.failedSamples > 0) {
    const v = stratifiedVariance(strata(t.failures, t.failSamples, stageOfBlock, spans.length));
    const rate = figures.errorRate;
    const independent = (rate * (1 - rate)) / figures.failedSamples;
    const effect = v !== null && independent > 0 ? Math.max(1, v.variance / independent) : 1;
    errorRate = wilson(rate, figures.failedSamples / effect, studentT95(Math.max(1, v?.df ?? 1)));
  }
  let blocks = 0;
  for (let b = 0; b < count; b++) if ((t.sizes[b] as number) > 0) blocks++;
  return { blocks, shortStages: p95.v.short, p95: p95.ci, p99: p99.ci, errorRate };
}
