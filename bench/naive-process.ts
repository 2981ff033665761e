/**
 * The naive analysis as a whole process, for the whole-process comparison with `perf-gate analyze`:
 *   node naive-process.mjs <plain NDJSON>
 * readline, JSON.parse on every line, keep the durations, sort them, print p95 — what anyone would
 * write first, with nothing to load but Node itself.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: createReadStream(process.argv[2] ?? ''), crlfDelay: Infinity });
const durations: number[] = [];
for await (const line of lines) {
  if (line.length === 0) continue;
  const sample = JSON.parse(line) as { type: string; metric: string; data: { value: number } };
  if (sample.type === 'Point' && sample.metric === 'http_req_duration') durations.push(sample.data.value);
}
durations.sort((a, b) => a - b);
process.stdout.write(`${durations.length} requests, p95 ${durations[Math.ceil(durations.length * 0.95) - 1]} ms\n`);
