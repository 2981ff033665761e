/**
 * The naive analysis as a whole process, for the whole-process comparison with `perf-gate analyze`:
 *   node naive-process.mjs <plain NDJSON>
 * readline, JSON.parse on every line, keep the durations, sort them, print p95 — what anyone would
 * write first, with nothing to load but Node itself (bundled by the bench with esbuild).
 */
import { createReadStream } from 'node:fs';
import { naiveDurations } from './naive.js';

const durations = await naiveDurations(createReadStream(process.argv[2] ?? ''));
process.stdout.write(`${durations.length} requests, p95 ${durations[Math.ceil(durations.length * 0.95) - 1]} ms\n`);
