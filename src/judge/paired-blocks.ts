/**
 * The time blocks a duet recording is compared in: the load cut into slices of BLOCK_MS from
 * its first request, each split where a stage ends, and consecutive slices of one stage joined
 * until both targets made enough requests for the figure. A block holds one stage of both
 * targets at the same moments: both met the same runner, the same neighbours and the same load
 * step, and comparing head with base block by block cancels all of it (Bulej et al., "Duet
 * benchmarking", ICPE 2020). Short slices joined to a count, rather than fixed 3 s blocks, give
 * the busy stages many small blocks and the quiet ramp-up a few large ones, each about equally
 * noisy, which is what the t-test's equal weights assume. Pure: samples in, figures out.
 */
import type { DuetSamples, TargetSamples } from '../results/duet-samples.js';
import { percentile } from '../results/stats.js';
import type { Scope } from '../figures/catalogue.js';
import type { PairedFigure } from './types.js';

/** 1 s slices: a quick enqueue run (60 s of load) gives about 55 blocks for p95, against 22 of fixed 3 s blocks. */
export const BLOCK_MS = 1000;
/** The chart's step: per-second p95s of the ramp-up's few requests would be mostly noise. */
export const CHART_BLOCK_MS = 3000;

/**
 * The quantiles whose log-ratios a latency block's shift averages: the check's own and three
 * below it. One quantile of tens of requests is noisy (on the real recordings a block's p95
 * log-ratio has a spread of 0.2–0.3); the mean over the upper half of the distribution has
 * about two thirds of it, and a slower service moves all of them. The price: a change confined
 * to the slowest few percent is diluted, by about half; the table still shows each target's
 * whole p95.
 */
export const SHIFT_QUANTILES: Record<Exclude<PairedFigure, 'error-rate'>, readonly number[]> = {
  p95: [0.5, 0.75, 0.9, 0.95],
  p99: [0.5, 0.75, 0.9, 0.99],
};

export type { PairedFigure } from './types.js';

/** Requests each target needs in a block for its figure to mean anything (a p99 of 20 is the maximum). */
export const MIN_BLOCK_REQUESTS: Record<PairedFigure, number> = { p95: 20, p99: 50, 'error-rate': 20 };

export interface PairedBlock {
  /** Offset of the block's start from the load's first request. */
  offsetMs: number;
  stage: number;
  /** Each target's figure in the block. */
  head: number;
  base: number;
  /**
   * Head's change over base in the block, what the test reads: for latencies the mean of
   * ln(head/base) over SHIFT_QUANTILES (null when a quantile is 0: refused connections only),
   * for error rates the difference head − base.
   */
  shift: number | null;
  headRequests: number;
  baseRequests: number;
}

/** The block's figure of one target: the k6 percentile of its durations, or its share of failures. */
function blockFigure(figure: PairedFigure, durations: number[], failed: number[]): number {
  if (figure === 'error-rate') return failed.reduce((sum, f) => sum + f, 0) / failed.length;
  return percentile(
    [...durations].sort((a, b) => a - b),
    figure === 'p95' ? 0.95 : 0.99,
  );
}

function blockShift(figure: PairedFigure, head: Bucket, base: Bucket, headFigure: number, baseFigure: number) {
  if (figure === 'error-rate') return headFigure - baseFigure;
  const h = [...head.durations].sort((a, b) => a - b);
  const b = [...base.durations].sort((a, b) => a - b);
  let sum = 0;
  for (const q of SHIFT_QUANTILES[figure]) {
    const ratio = percentile(h, q) / percentile(b, q);
    if (!(ratio > 0 && Number.isFinite(ratio))) return null;
    sum += Math.log(ratio);
  }
  return sum / SHIFT_QUANTILES[figure].length;
}

function inScope(samples: TargetSamples, i: number, scope: Scope): boolean {
  switch (scope.kind) {
    case 'overall':
      return true;
    case 'endpoint':
      return samples.endpoints[i] === scope.name;
    case 'stage':
      return samples.stages[i] === scope.index;
  }
}

/** The load's first request of either target: both scenarios start together, so this is time 0 of both. */
export function loadStart(samples: DuetSamples): number {
  let first = Infinity;
  for (const t of [samples.head.times, samples.base.times]) for (const x of t) if (x < first) first = x;
  return first;
}

interface Bucket {
  offsetMs: number;
  stage: number;
  durations: number[];
  failed: number[];
}

function buckets(samples: TargetSamples, scope: Scope, start: number, blockMs: number): Map<string, Bucket> {
  const out = new Map<string, Bucket>();
  for (let i = 0; i < samples.times.length; i++) {
    if (!inScope(samples, i, scope)) continue;
    const index = Math.floor(((samples.times[i] as number) - start) / blockMs);
    const stage = samples.stages[i] as number;
    const key = `${stage}:${index}`;
    let bucket = out.get(key);
    if (!bucket) out.set(key, (bucket = { offsetMs: index * blockMs, stage, durations: [], failed: [] }));
    bucket.durations.push(samples.durations[i] as number);
    bucket.failed.push(samples.failed[i] as number);
  }
  return out;
}

/** Slices of one stage in time order, the blocks' building material. */
function sliceKeys(head: Map<string, Bucket>, base: Map<string, Bucket>): string[] {
  const keys = [...head.keys()].filter((key) => base.has(key));
  const order = (key: string) => key.split(':').map(Number) as [number, number];
  return keys.sort((x, y) => {
    const [sx, ix] = order(x);
    const [sy, iy] = order(y);
    return sx - sy || ix - iy;
  });
}

function join(into: Bucket | null, slice: Bucket): Bucket {
  if (into === null) return { ...slice, durations: [...slice.durations], failed: [...slice.failed] };
  into.durations.push(...slice.durations);
  into.failed.push(...slice.failed);
  return into;
}

/**
 * The blocks where both targets made enough requests in `scope`, in time order, with each
 * target's figure and head's shift: consecutive slices of a stage joined until both reach
 * MIN_BLOCK_REQUESTS. A stage's last slices that never reach it are left out, not guessed.
 */
export function pairedBlocks(
  samples: DuetSamples,
  figure: PairedFigure,
  scope: Scope,
  blockMs = BLOCK_MS,
): PairedBlock[] {
  const start = loadStart(samples);
  const head = buckets(samples.head, scope, start, blockMs);
  const base = buckets(samples.base, scope, start, blockMs);
  const min = MIN_BLOCK_REQUESTS[figure];
  const blocks: PairedBlock[] = [];
  let h: Bucket | null = null;
  let b: Bucket | null = null;
  for (const key of sliceKeys(head, base)) {
    const sliceHead = head.get(key) as Bucket;
    if (h !== null && h.stage !== sliceHead.stage) h = b = null;
    h = join(h, sliceHead);
    b = join(b, base.get(key) as Bucket);
    if (h.durations.length < min || b.durations.length < min) continue;
    const headFigure = blockFigure(figure, h.durations, h.failed);
    const baseFigure = blockFigure(figure, b.durations, b.failed);
    blocks.push({
      offsetMs: h.offsetMs,
      stage: h.stage,
      head: headFigure,
      base: baseFigure,
      shift: blockShift(figure, h, b, headFigure, baseFigure),
      headRequests: h.durations.length,
      baseRequests: b.durations.length,
    });
    h = b = null;
  }
  return blocks;
}

/** Each target's figure over all its requests in `scope` (what the table shows beside the change). */
export function wholeFigure(samples: TargetSamples, figure: PairedFigure, scope: Scope): number | null {
  const durations: number[] = [];
  const failed: number[] = [];
  for (let i = 0; i < samples.times.length; i++) {
    if (!inScope(samples, i, scope)) continue;
    durations.push(samples.durations[i] as number);
    failed.push(samples.failed[i] as number);
  }
  return durations.length === 0 ? null : blockFigure(figure, durations, failed);
}

/** One moment of the chart: each target's p95 over all its load requests in the block; null when it made too few. */
export interface BlockP95 {
  offsetMs: number;
  head: number | null;
  base: number | null;
}

/** Both targets' p95 block by block over the whole load (stages not split: the chart's time axis is even). */
export function p95OverTime(samples: DuetSamples, blockMs = CHART_BLOCK_MS): BlockP95[] {
  const start = loadStart(samples);
  const per = (target: TargetSamples): number[][] => {
    const blocks: number[][] = [];
    for (let i = 0; i < target.times.length; i++) {
      const index = Math.floor(((target.times[i] as number) - start) / blockMs);
      (blocks[index] ??= []).push(target.durations[i] as number);
    }
    return blocks;
  };
  const head = per(samples.head);
  const base = per(samples.base);
  const figure = (durations: number[] | undefined) =>
    durations && durations.length >= MIN_BLOCK_REQUESTS.p95 ? blockFigure('p95', durations, []) : null;
  return Array.from({ length: Math.max(head.length, base.length) }, (_, i) => ({
    offsetMs: i * blockMs,
    head: figure(head[i]),
    base: figure(base[i]),
  }));
}
