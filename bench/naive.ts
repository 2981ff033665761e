/**
 * The naive analysis the engine is measured against: readline, JSON.parse on every line, keep
 * the http_req_duration values, sort them. Shared by the in-process bench and the process one.
 */
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

export async function naiveDurations(input: Readable): Promise<number[]> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const durations: number[] = [];
  for await (const line of lines) {
    if (line.length === 0) continue;
    const sample = JSON.parse(line) as { type: string; metric: string; data: { value: number } };
    if (sample.type === 'Point' && sample.metric === 'http_req_duration') durations.push(sample.data.value);
  }
  return durations.sort((a, b) => a - b);
}
