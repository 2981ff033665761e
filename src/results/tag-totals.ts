/**
 * One pass over the request rows, counted per tag id: every summary that needs no order
 * (statuses, the run's scenario and profile, the load's last request, group sizes by tag) reads
 * these instead of the rows again. A process that exits after one analysis runs each loop
 * only a few times, mostly before the JIT has optimised it, so fewer passes is most of the speed.
 */
import type { RunRecord } from './run-record.js';

export interface TagTotals {
  /** Rows with an http_reqs sample, and the sum of their values (k6 writes 1). */
  requestRows: Float64Array;
  requests: Float64Array;
  /** Rows with a duration. */
  durations: Float64Array;
  /** Rows with an http_req_failed sample, and the failures among them. */
  failSamples: Float64Array;
  failures: Float64Array;
  /** Latest time of a row with a duration, and of any row; -Infinity when there is none. */
  lastDurationMs: Float64Array;
  lastMs: Float64Array;
}

export function tagTotals(record: RunRecord): TagTotals {
  const tags = record.tags.all.length;
  const totals: TagTotals = {
    requestRows: new Float64Array(tags),
    requests: new Float64Array(tags),
    durations: new Float64Array(tags),
    failSamples: new Float64Array(tags),
    failures: new Float64Array(tags),
    lastDurationMs: new Float64Array(tags).fill(-Infinity),
    lastMs: new Float64Array(tags).fill(-Infinity),
  };
  const { requestRows, requests, durations, failSamples, failures, lastDurationMs, lastMs } = totals;
  for (const { time, tag, count, duration, failed, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++) {
      const id = tag[i] as number;
      const at = time[i] as number;
      if (at > (lastMs[id] as number)) lastMs[id] = at;
      const n = count[i] as number;
      if (!Number.isNaN(n)) {
        requestRows[id] = (requestRows[id] as number) + 1;
        requests[id] = (requests[id] as number) + n;
      }
      if (!Number.isNaN(duration[i])) {
        durations[id] = (durations[id] as number) + 1;
        if (at > (lastDurationMs[id] as number)) lastDurationMs[id] = at;
      }
      const f = failed[i] as number;
      if (f >= 0) {
        failSamples[id] = (failSamples[id] as number) + 1;
        failures[id] = (failures[id] as number) + f;
      }
    }
  }
  return totals;
}
