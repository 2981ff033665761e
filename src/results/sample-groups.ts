/**
 * Splits the recorded requests into groups (endpoints, stages, time buckets) in one pass,
 * keeping each group's durations in arrival order so averages sum as k6 does.
 */
import type { RunRecord } from './run-record.js';
import { trendStatsInPlace } from './stats.js';
import type { RequestStats } from './types.js';

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
  const filled = new Array<number>(count).fill(0);
  k = 0;
  for (const rows of blocks) {
    for (let i = 0; i < rows.length; i++, k++) {
      const g = groupOfRow[k] as number;
      const d = rows.duration[i] as number;
      if (g < 0 || Number.isNaN(d)) continue;
      (durations[g] as Float64Array)[filled[g] as number] = d;
      filled[g] = (filled[g] as number) + 1;
    }
  }
  return { requests, failed, failedSamples, durations };
}

/** RequestStats of group g (sorts its durations in place); rps over `seconds`. errorRate is k6's http_req_failed rate. */
export function requestStats(groups: SampleGroups, g: number, seconds: number): RequestStats {
  const requests = groups.requests[g] ?? 0;
  const failed = groups.failed[g] ?? 0;
  const failedSamples = groups.failedSamples[g] ?? 0;
  return {
    requests,
    failed,
    errorRate: failedSamples > 0 ? failed / failedSamples : 0,
    rps: seconds > 0 ? requests / seconds : 0,
    duration: trendStatsInPlace(groups.durations[g] ?? new Float64Array(0)),
  };
}
