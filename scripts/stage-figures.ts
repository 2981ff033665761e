/**
 * Why thresholds mode's whole-run p95 interval is as wide as it is, on real recordings:
 *   npx tsx scripts/stage-figures.ts [PREFIX]   (default q-healthy: the quiet quick enqueue runs)
 * Per recording: the whole run's p95 and its stage-block interval (as ln distances), then per stage
 * its requests, p95 and share past the run's p95, and per block "requests:share past". Last, the
 * run-to-run spread (sd of ln p95) of the recordings' whole-run p95: what an honest interval's
 * half-width cannot be much below, since the recordings' own within-run noise makes it.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readCompact, stageSpans } from './power-curve/recording.js';
import { stageBlockIds, stageBlockIntervals } from '../src/results/stage-blocks.js';
import { percentile } from '../src/results/stats.js';

const folder = 'test/fixtures/recordings/compact';
const prefix = process.argv[2] ?? 'q-healthy';
const logs: number[] = [];
for (const file of (await readdir(folder)).filter((f) => f.startsWith(prefix)).sort()) {
  const r = await readCompact(join(folder, file));
  const spans = stageSpans(r.scenario, r.profile);
  const sorted = Float64Array.from(r.durations).sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  logs.push(Math.log(p95));
  const failed = new Int8Array(r.durations.length).fill(-1);
  const figures = { p95, p99: percentile(sorted, 0.99), errorRate: 0, failedSamples: 0 };
  const ci = stageBlockIntervals({ durations: r.durations, times: r.times, failed }, sorted, figures, spans);
  const ln = (x: number | undefined) => (x === undefined ? '—' : Math.log(x / p95).toFixed(2));
  process.stdout.write(
    `${file}: ${sorted.length} requests, p95 ${p95.toFixed(1)} ms, interval ${ci?.p95.low.toFixed(1)}–${ci?.p95.high.toFixed(1)} ms (ln ${ln(ci?.p95.low)} / +${ln(ci?.p95.high)})\n`,
  );
  const { ids, stageOfBlock, count } = stageBlockIds(r.times, spans);
  for (const span of spans) {
    const inStage = r.durations.filter((_, i) => stageOfBlock[ids[i] as number] === span.index);
    const p = percentile(
      Float64Array.from(inStage).sort((a, b) => a - b),
      0.95,
    );
    const past = inStage.filter((d) => d > p95).length / inStage.length;
    const blocks: string[] = [];
    for (let b = 0; b < count; b++) {
      if (stageOfBlock[b] !== span.index) continue;
      const inBlock = r.durations.filter((_, i) => ids[i] === b);
      blocks.push(`${inBlock.length}:${(inBlock.filter((d) => d > p95).length / inBlock.length).toFixed(2)}`);
    }
    const seconds = ((span.endMs - span.startMs) / 1000).toFixed(0);
    process.stdout.write(
      `  stage ${span.index} ${span.kind} ${seconds} s: ${inStage.length} requests, p95 ${p.toFixed(1)} ms, ${(100 * past).toFixed(1)}% past the run's p95; blocks ${blocks.join(' ')}\n`,
    );
  }
}
const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1));
process.stdout.write(`run-to-run sd of ln p95 over ${logs.length} recordings: ${sd.toFixed(3)}\n`);
