/**
 * The time blocks a duet recording is compared in: the load cut into blocks of BLOCK_MS from
 * its first request, each block split where a stage ends, so that a block holds one stage of
 * both targets at the same moments. Within a block both targets met the same runner, the same
 * neighbours and the same load step; comparing head with base block by block cancels all of it
 * (Bulej et al., "Duet benchmarking", ICPE 2020). Pure: samples in, figures out.
 */
import type { DuetSamples, TargetSamples } from '../results/duet-samples.js';
import { percentile } from '../results/stats.js';
import type { Scope } from '../figures/catalogue.js';
import type { PairedFigure } from './types.js';

/** 3 s: a quick enqueue run (60 s of load) gives about 20 blocks, each with tens of requests a target. */
export const BLOCK_MS = 3000;

export type { PairedFigure } from './types.js';

/** Requests each target needs in a block for its figure to mean anything (a p99 of 20 is the maximum). */
export const MIN_BLOCK_REQUESTS: Record<PairedFigure, number> = { p95: 20, p99: 50, 'error-rate': 20 };

export interface PairedBlock {
  /** Offset of the block's start from the load's first request. */
  offsetMs: number;
  stage: number;
  head: number;
  base: number;
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

/**
 * The blocks where both targets made enough requests in `scope`, in time order, with each
 * target's figure. A block one target missed or barely reached is left out, not guessed.
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
  for (const [key, h] of head) {
    const b = base.get(key);
    if (!b || h.durations.length < min || b.durations.length < min) continue;
    blocks.push({
      offsetMs: h.offsetMs,
      stage: h.stage,
      head: blockFigure(figure, h.durations, h.failed),
      base: blockFigure(figure, b.durations, b.failed),
      headRequests: h.durations.length,
      baseRequests: b.durations.length,
    });
  }
  return blocks.sort((x, y) => x.offsetMs - y.offsetMs || x.stage - y.stage);
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
export function p95OverTime(samples: DuetSamples, blockMs = BLOCK_MS): BlockP95[] {
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
