/**
 * The run's time span, decided from the bulk of its samples rather than the earliest and
 * latest: one sample dated 1970 or 2999 must not stretch the run (time buckets and stage
 * windows are sized from its length). The span is the run of samples around the median time
 * with no silence longer than MAX_SILENCE_MS between neighbours: k6 writes the `vus` gauge
 * every second, so a real run never falls silent that long.
 */
import type { RunRecord } from './run-record.js';

/** Longer than any pause in a real run (a slow setup() still writes its requests). */
export const MAX_SILENCE_MS = 10 * 60_000;
/** Times looked at: enough to find the bulk, few enough to sort in a blink on any run. */
const MAX_TIMES = 65_536;

export interface TimeSpan {
  fromMs: number;
  toMs: number;
}

/** The span of the run's samples; null when there are none. */
export function runTimeSpan(record: RunRecord): TimeSpan | null {
  const { requests, vus } = record;
  const total = requests.length + vus.length;
  if (total === 0) return null;
  // All the times seen lie within one silence: no sample can stand apart, and none need be sorted.
  if (record.lastMs - record.firstMs <= MAX_SILENCE_MS) return { fromMs: record.firstMs, toMs: record.lastMs };
  const step = Math.ceil(total / MAX_TIMES);
  const times = new Float64Array(Math.ceil(total / step));
  let n = 0;
  let k = 0;
  for (const block of requests.blocks) {
    for (let i = 0; i < block.length; i++, k++) if (k % step === 0) times[n++] = block.time[i] as number;
  }
  for (let i = 0; i < vus.length; i++, k++) if (k % step === 0) times[n++] = vus.time[i] as number;
  const sorted = times.subarray(0, n).sort();
  let low = n >> 1;
  let high = low;
  while (low > 0 && (sorted[low] as number) - (sorted[low - 1] as number) <= MAX_SILENCE_MS) low--;
  while (high < n - 1 && (sorted[high + 1] as number) - (sorted[high] as number) <= MAX_SILENCE_MS) high++;
  // One silence either side: samples skipped by the stride, and counters whose times are not kept, lie within it.
  return { fromMs: (sorted[low] as number) - MAX_SILENCE_MS, toMs: (sorted[high] as number) + MAX_SILENCE_MS };
}
