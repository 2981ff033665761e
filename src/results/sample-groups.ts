/**
 * Splits the recorded requests into groups (endpoints, stages, time buckets): counts from the
 * tags' totals or one pass, then one pass that keeps each group's durations in arrival order so
 * averages sum as k6 does, with each request's time and failure flag beside it for intervals
 * that respect time.
 */
import type { RunRecord } from './run-record.js';
import type { TagTotals } from './tag-totals.js';
import { percentileCi, trendFiguresInPlace } from './stats.js';
import { stageBlockIntervals, type StageSpan } from './stage-blocks.js';
import { BLOCK_MIN_MS, MIN_BLOCKS, timeAwareIntervals, wilson, type TimeAwareIntervals } from './time-blocks.js';
import type { ConfidenceInterval, IntervalBasis, RequestFigures, RequestStats } from './types.js';

const Z95 = 1.959963984540054;

/** Each request row's group, in row order; -1 leaves the row out. */
export type RowGroups = Int32Array;

/** Each row's group from its time and tag (stage windows by time, time buckets). */
export function rowGroupsByTime(record: RunRecord, groupOf: (timeMs: number, tagId: number) => number): RowGroups {
  const groups = new Int32Array(record.requests.length);
  let k = 0;
  for (const { time, tag, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++, k++) groups[k] = groupOf(time[i] as number, tag[i] as number);
  }
  return groups;
}

/**
 * How rows fall into groups: by row (one group per row, -1 leaves it out), or by tag (each tag
 * id's group, -1 leaves its rows out), whose counts come from the tags' totals.
 */
export type Grouping = { row: RowGroups } | { tag: Int32Array; totals: TagTotals };

export interface SampleGroups {
  /** Sum of http_reqs values. */
  requests: number[];
  /** http_req_failed samples that were failures, and all http_req_failed samples. */
  failed: number[];
  failedSamples: number[];
  /** Each group's durations in arrival order, in arrays of exactly their size. */
  durations: Float64Array[];
  /** Beside each duration: its request's time (ms after the run's first sample; float32 keeps ms for hours). */
  times: Float32Array[];
  /** Beside each duration: http_req_failed of its request (1, 0, or -1 without a sample). */
  failures: Int8Array[];
  /** The plan's stages on the times' clock, when known: intervals then come from blocks inside each stage. */
  stageSpans?: readonly StageSpan[];
}

export function groupSamples(record: RunRecord, count: number, grouping: Grouping): SampleGroups {
  const requests = new Array<number>(count).fill(0);
  const failed = new Array<number>(count).fill(0);
  const failedSamples = new Array<number>(count).fill(0);
  const sizes = new Array<number>(count).fill(0);
  const { blocks, length } = record.requests;
  const groupOfRow = 'row' in grouping ? grouping.row : null;
  const groupOfTag = 'tag' in grouping ? grouping.tag : null;
  if ('tag' in grouping) {
    // The counts per tag are known: add up each group's tags.
    const { tag, totals } = grouping;
    for (let id = 0; id < tag.length; id++) {
      const g = tag[id] as number;
      if (g < 0) continue;
      requests[g] = (requests[g] as number) + (totals.requests[id] as number);
      failedSamples[g] = (failedSamples[g] as number) + (totals.failSamples[id] as number);
      failed[g] = (failed[g] as number) + (totals.failures[id] as number);
      sizes[g] = (sizes[g] as number) + (totals.durations[id] as number);
    }
  } else if (groupOfRow) {
    if (groupOfRow.length !== length) throw new Error(`groupSamples: ${groupOfRow.length} groups for ${length} rows`);
    // A pass for the counts, and how many durations each group holds.
    let k = 0;
    for (const rows of blocks) {
      for (let i = 0; i < rows.length; i++, k++) {
        const g = groupOfRow[k] as number;
        if (g < 0) continue;
        const n = rows.count[i] as number;
        if (!Number.isNaN(n)) requests[g] = (requests[g] as number) + n;
        const f = rows.failed[i] as number;
        if (f >= 0) {
          failedSamples[g] = (failedSamples[g] as number) + 1;
          failed[g] = (failed[g] as number) + f;
        }
        if (!Number.isNaN(rows.duration[i])) sizes[g] = (sizes[g] as number) + 1;
      }
    }
  }
  // Durations into arrays of exactly their size (no growth, no boxed numbers), in arrival order.
  const durations = sizes.map((size) => new Float64Array(size));
  const times = sizes.map((size) => new Float32Array(size));
  const failures = sizes.map((size) => new Int8Array(size));
  const origin = record.firstMs;
  const filled = new Array<number>(count).fill(0);
  let k = 0;
  for (const rows of blocks) {
    for (let i = 0; i < rows.length; i++, k++) {
      const d = rows.duration[i] as number;
      const g = groupOfRow ? (groupOfRow[k] as number) : ((groupOfTag as Int32Array)[rows.tag[i] as number] ?? -1);
      if (g < 0 || Number.isNaN(d)) continue;
      const at = filled[g] as number;
      (durations[g] as Float64Array)[at] = d;
      (times[g] as Float32Array)[at] = (rows.time[i] as number) - origin;
      (failures[g] as Int8Array)[at] = rows.failed[i] as number;
      filled[g] = at + 1;
    }
  }
  return { requests, failed, failedSamples, durations, times, failures };
}

/** How a group's figures are made: RequestFigures for tables, RequestStats (with intervals) for the gate. */
export type FiguresOf<S extends RequestFigures> = (groups: SampleGroups, g: number, seconds: number) => S;

/** RequestFigures of group g (sorts its durations in place); rps over `seconds`. errorRate is k6's http_req_failed rate. */
export const requestFigures: FiguresOf<RequestFigures> = (groups, g, seconds) => {
  const requests = groups.requests[g] ?? 0;
  const failed = groups.failed[g] ?? 0;
  const failedSamples = groups.failedSamples[g] ?? 0;
  return {
    requests,
    failed,
    errorRate: failedSamples > 0 ? failed / failedSamples : 0,
    rps: seconds > 0 ? requests / seconds : 0,
    duration: trendFiguresInPlace(groups.durations[g] ?? new Float64Array(0)),
  };
};

/**
 * Intervals over blocks inside the plan's stages when the stages are known and one of them is
 * long enough; else over blocks of the whole run (no plan: nothing to stratify by); else null.
 */
function timedIntervals(
  sample: { durations: Float64Array; times: Float32Array; failed: Int8Array },
  sorted: Float64Array,
  figures: { p95: number; p99: number; errorRate: number; failedSamples: number },
  spans: readonly StageSpan[] | undefined,
): TimeAwareIntervals | null {
  if (spans !== undefined && spans.length > 0) {
    const staged = stageBlockIntervals(sample, sorted, figures, spans);
    if (staged !== null) {
      const { blocks, shortStages, ...intervals } = staged;
      return { ...intervals, basis: { method: 'stage blocks', blocks, stages: spans.length, shortStages } };
    }
  }
  return timeAwareIntervals(sample, sorted, figures);
}

/** RequestFigures of group g with 95% intervals of its p95, p99 and error rate (sorts its durations in place). */
export const requestStats: FiguresOf<RequestStats> = (groups, g, seconds) => {
  const values = groups.durations[g] ?? new Float64Array(0);
  // The time-aware intervals need the durations in arrival order, beside their times: a copy, as the figures sort.
  const arrival = values.slice();
  const figures = requestFigures(groups, g, seconds);
  const { errorRate, duration: trend } = figures;
  const failedSamples = groups.failedSamples[g] ?? 0;
  const sample = {
    durations: arrival,
    times: groups.times[g] ?? new Float32Array(0),
    failed: groups.failures[g] ?? new Int8Array(0),
  };
  const timed =
    trend === null ? null : timedIntervals(sample, values, { ...trend, errorRate, failedSamples }, groups.stageSpans);
  // Independent draws' intervals only where the run is too short for time blocks (the exact binomial costs a pass per percentile).
  const duration =
    trend === null
      ? null
      : {
          ...trend,
          p95Ci: timed?.p95 ?? percentileCi(values, 0.95),
          p99Ci: timed?.p99 ?? percentileCi(values, 0.99),
        };
  const errorRateCi: ConfidenceInterval | null =
    timed?.errorRate ?? (failedSamples > 0 ? wilson(errorRate, failedSamples, Z95) : null);
  const intervalBasis: IntervalBasis = timed?.basis ?? {
    method: 'independent draws',
    reason: values.length === 0 ? 'no requests' : `fewer than ${MIN_BLOCKS} time blocks of ${BLOCK_MIN_MS / 1000} s`,
  };
  return { ...figures, duration, errorRateCi, intervalBasis };
};
