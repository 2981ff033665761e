/**
 * The load's p95 per detection block: 5 s blocks inside each planned stage, aligned with the
 * plan so that block b of one run and block b of another cover the same seconds of the same
 * load. What the block-robust verdict (judge/disturbance.ts) compares with the base runs', and
 * what a history entry can keep of a run (LoadBlocks: plain arrays, JSON-safe).
 */
import { percentile } from './stats.js';
import { stageBlockIds, type StageSpan } from './stage-blocks.js';
import type { LoadBlocks } from './types.js';

export type { LoadBlocks };

/** Detection blocks: at least 5 s (a burst's worth at any stage) and at most 10 per stage. */
export const DETECTION_BLOCK_MS = 5000;
export const DETECTION_BLOCKS_PER_STAGE = 10;
/** A block's p95 from fewer requests is too noisy to call it disturbed or to weigh it. */
export const MIN_BLOCK_REQUESTS = 30;
/** Per detection block: ln p95 (NaN when too few requests), requests, and where it lies. */
export interface BlockProfile {
  logP95: Float64Array;
  requests: Float64Array;
  stageOfBlock: Int32Array;
  /** Each block's start and end on the sample's clock (ms). */
  startMs: Float64Array;
  endMs: Float64Array;
}

/** The run's blocks (stage-aligned, as stageBlockIds cuts them with detection-sized blocks) and each one's p95. */
export function blockProfile(
  durations: ArrayLike<number>,
  times: ArrayLike<number>,
  spans: readonly StageSpan[],
): BlockProfile {
  const { ids, stageOfBlock, count } = stageBlockIds(times, spans, DETECTION_BLOCK_MS, DETECTION_BLOCKS_PER_STAGE);
  const values: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < ids.length; i++) (values[ids[i] as number] as number[]).push(durations[i] as number);
  const logP95 = new Float64Array(count);
  const requests = new Float64Array(count);
  values.forEach((v, b) => {
    requests[b] = v.length;
    logP95[b] =
      v.length >= MIN_BLOCK_REQUESTS
        ? Math.log(
            percentile(
              v.sort((x, y) => x - y),
              0.95,
            ),
          )
        : NaN;
  });
  const startMs = new Float64Array(count);
  const endMs = new Float64Array(count);
  spans.forEach((span, s) => {
    const mine: number[] = [];
    stageOfBlock.forEach((st, b) => st === s && mine.push(b));
    const len = (span.endMs - span.startMs) / mine.length;
    mine.forEach((b, j) => {
      startMs[b] = span.startMs + j * len;
      endMs[b] = span.startMs + (j + 1) * len;
    });
  });
  return { logP95, requests, stageOfBlock, startMs, endMs };
}

export function toLoadBlocks(p: BlockProfile): LoadBlocks {
  return {
    startMs: Array.from(p.startMs),
    endMs: Array.from(p.endMs),
    stage: Array.from(p.stageOfBlock),
    requests: Array.from(p.requests),
    logP95: Array.from(p.logP95, (x) => (Number.isNaN(x) ? null : x)),
  };
}

export function fromLoadBlocks(l: LoadBlocks): BlockProfile {
  return {
    startMs: Float64Array.from(l.startMs),
    endMs: Float64Array.from(l.endMs),
    stageOfBlock: Int32Array.from(l.stage),
    requests: Float64Array.from(l.requests),
    logP95: Float64Array.from(l.logP95, (x) => x ?? NaN),
  };
}
