/**
 * Splits the recorded requests into groups (endpoints, stages, time buckets) in one pass,
 * keeping each group's durations in arrival order so averages sum as k6 does, with each
 * request's time and failure flag beside it for intervals that respect time.
 */
import type { RunRecord } from './run-record.js';
import { trendStatsInPlace } from './stats.js';
import { BLOCK_MIN_MS, MIN_BLOCKS, timeAwareIntervals, wilson } from './time-blocks.js';
import type { ConfidenceInterval, IntervalBasis, RequestStats } from './types.js';

const Z95 = 1.959963984540054;

/** The group of a request from its time and tag id; -1 leaves it out. */
export type GroupOf = (timeMs: number, tagId: number) => number;

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
}

export function groupSamples(record: RunRecord, count: number, groupOf: GroupOf): SampleGroups {
  const requests = new Array<number>(count).fill(0);
  const failed = new Array<number>(count).fill(0);
  const failedSamples = new Array<number>(count).fill(0);
  const sizes = new Array<number>(count).fill(0);
  const { blocks, length } = record.requests;
  // First pass: each row's group, the counts, and how many durations each group holds.
  const groupOfRow = new Int32Array(length);
  let k = 0;
  for (const rows of blocks) {
    for (let i = 0; i < rows.length; i++, k++) {
      const g = groupOf(rows.time[i] as number, rows.tag[i] as number);
      groupOfRow[k] = g;
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
  // Second pass: durations into arrays of exactly their size (no growth, no boxed numbers).
  const durations = sizes.map((size) => new Float64Array(size));
  const times = sizes.map((size) => new Float32Array(size));
  const failures = sizes.map((size) => new Int8Array(size));
  const origin = record.firstMs;
  const filled = new Array<number>(count).fill(0);
  k = 0;
  for (const rows of blocks) {
    for (let i = 0; i < rows.length; i++, k++) {
      const g = groupOfRow[k] as number;
      const d = rows.duration[i] as number;
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

/** RequestStats of group g (sorts its durations in place); rps over `seconds`. errorRate is k6's http_req_failed rate. */
export function requestStats(groups: SampleGroups, g: number, seconds: number): RequestStats {
  const requests = groups.requests[g] ?? 0;
  const failed = groups.failed[g] ?? 0;
  const failedSamples = groups.failedSamples[g] ?? 0;
  const errorRate = failedSamples > 0 ? failed / failedSamples : 0;
  const values = groups.durations[g] ?? new Float64Array(0);
  // The time-aware intervals need the durations in arrival order, beside their times: a copy, as the stats sort.
  const arrival = values.slice();
  const duration = trendStatsInPlace(values);
  const sample = {
    durations: arrival,
    times: groups.times[g] ?? new Float32Array(0),
    failed: groups.failures[g] ?? new Int8Array(0),
  };
  const timed =
    duration === null
      ? null
      : timeAwareIntervals(sample, values, { p95: duration.p95, p99: duration.p99, errorRate, failedSamples });
  let errorRateCi: ConfidenceInterval | null = failedSamples > 0 ? wilson(errorRate, failedSamples, Z95) : null;
  let intervalBasis: IntervalBasis = {
    method: 'independent draws',
    reason: values.length === 0 ? 'no requests' : `fewer than ${MIN_BLOCKS} time blocks of ${BLOCK_MIN_MS / 1000} s`,
  };
  if (duration !== null && timed !== null) {
    duration.p95Ci = timed.p95 ?? duration.p95Ci;
    duration.p99Ci = timed.p99 ?? duration.p99Ci;
    errorRateCi = timed.errorRate ?? errorRateCi;
    intervalBasis = timed.basis;
  }
  return {
    requests,
    failed,
    errorRate,
    rps: seconds > 0 ? requests / seconds : 0,
    duration,
    errorRateCi,
    intervalBasis,
  };
}
