/**
 * The load cut into equal time buckets for charts: requests/s, p95 and errors of the load's
 * requests, and VUs. setup()'s logins and teardown()'s clean-up are left out: packed into
 * the first and last seconds, their bursts (2,240 req/s in the spike recording against a
 * load of ~170) would set the chart's scale and flatten the load itself.
 */
import type { RunRecord } from './run-record.js';
import type { TagTotals } from './tag-totals.js';
import { groupSamples, rowGroupsByTime } from './sample-groups.js';
import { percentile } from './stats.js';
import type { TimeBucket, TimeSeries } from './types.js';

const BUCKET_CHOICES_MS = [1_000, 2_000, 5_000, 10_000];
const MAX_BUCKETS = 120;
/** However long the run or short the bucket asked for: the series is sized from the samples' times. */
const MAX_SERIES_BUCKETS = 2_000;

/** The smallest of 1, 2, 5, 10 s giving at most 120 buckets; 10 s for longer runs. */
export function chooseBucketMs(durationMs: number): number {
  return BUCKET_CHOICES_MS.find((b) => durationMs / b <= MAX_BUCKETS) ?? 10_000;
}

/**
 * The load cut into buckets from its start (the stage windows' zero) to its last request's end.
 * VU readings after it (teardown()) are left out; the last one before it opens the series.
 */
export function timeSeries(record: RunRecord, totals: TagTotals, askedBucketMs: number): TimeSeries {
  if (Number.isNaN(record.firstMs)) return { bucketMs: askedBucketMs, buckets: [] };
  const tags = record.tags.all;
  const origin = record.scenarioStartMs();
  let end = -Infinity;
  tags.forEach((t, id) => {
    if (t.phase === 'load') end = Math.max(end, totals.lastMs[id] as number);
  });
  if (end === -Infinity) end = record.lastMs;
  const durationMs = Math.max(0, end - origin);
  const fewest = Math.ceil(durationMs / MAX_SERIES_BUCKETS / 1000) * 1000;
  const bucketMs = Math.max(askedBucketMs, fewest);
  const count = Math.max(1, Math.ceil(durationMs / bucketMs));
  const bucketOf = (timeMs: number): number =>
    timeMs < origin || timeMs > end ? -1 : Math.min(count - 1, Math.floor((timeMs - origin) / bucketMs));
  const bucketOfRow = rowGroupsByTime(record, (timeMs, tagId) =>
    tags[tagId]?.phase === 'load' ? bucketOf(timeMs) : -1,
  );
  const groups = groupSamples(record, count, { row: bucketOfRow });

  const vus = new Array<number>(count).fill(-Infinity);
  // The reading in force as the load starts opens the series.
  let vusInForce = 0;
  let latestBefore = -Infinity;
  for (let i = 0; i < record.vus.length; i++) {
    const t = record.vus.time[i] as number;
    const b = bucketOf(t);
    if (b >= 0) vus[b] = Math.max(vus[b] as number, record.vus.value[i] as number);
    else if (t < origin && t >= latestBefore) {
      latestBefore = t;
      vusInForce = record.vus.value[i] as number;
    }
  }

  const buckets: TimeBucket[] = [];
  for (let b = 0; b < count; b++) {
    const offsetMs = b * bucketMs;
    // The last bucket may be shorter than the others: rate over the time it covers.
    const span = Math.min(bucketMs, durationMs - offsetMs);
    const seconds = (span > 0 ? span : bucketMs) / 1000;
    const durations = (groups.durations[b] ?? new Float64Array(0)).sort();
    if (Number.isFinite(vus[b])) vusInForce = vus[b] as number;
    buckets.push({
      offsetMs,
      rps: (groups.requests[b] ?? 0) / seconds,
      p95: durations.length > 0 ? percentile(durations, 0.95) : null,
      errors: groups.failed[b] ?? 0,
      vus: vusInForce,
    });
  }
  return { bucketMs, buckets };
}
