/**
 * How often the paired judgement fails a duet, on real recordings: each recording as it was
 * ("as recorded"), and with head's durations multiplied by 1.00, 1.05, 1.10 and 1.20 (a known
 * slowdown laid over the run's own real noise). The bundled enqueue thresholds' checks, min-change 5%.
 * Give it recordings of an unchanged head (equal, hog) for the power table: a recording of a
 * slower head would count its own slowdown twice.
 *   npx tsx scripts/duet-power.ts test/fixtures/duet/{equal,hog}-*.ndjson.gz
 *   npx tsx scripts/duet-power.ts OUT/{equal,hog}-*.json.gz     (recordings of scripts/duet-trials.sh)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseThresholdsText } from '../src/config/thresholds.js';
import { judgePaired } from '../src/judge/paired.js';
import { readDuetSamples, type DuetSamples } from '../src/results/duet-samples.js';

const SLOWDOWNS = [0, 0.05, 0.1, 0.2];
const MIN_CHANGE = 0.05;
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/duet-power.ts DUET_RECORDING...');
  process.exit(2);
}
const thresholdsFile = path.join(import.meta.dirname, '../thresholds/enqueue.t3-micro.json');
const { checks } = parseThresholdsText(readFileSync(thresholdsFile, 'utf8'), thresholdsFile);

const scaled = (samples: DuetSamples, factor: number): DuetSamples => ({
  ...samples,
  head: { ...samples.head, durations: samples.head.durations.map((d) => d * factor) },
});

type Status = 'pass' | 'warn' | 'fail';
const outcomes = new Map<number, Record<Status, number>>(SLOWDOWNS.map((s) => [s, { pass: 0, warn: 0, fail: 0 }]));
let judgedFiles = 0;
console.log('| recording | as recorded | p95 change (interval) |');
console.log('|---|---|---|');
for (const file of files) {
  const samples = await readDuetSamples(file);
  if (samples === null) {
    console.log(`| ${path.basename(file)} | not a duet recording | |`);
    continue;
  }
  const judged = judgePaired(samples, checks, { minChange: MIN_CHANGE });
  const p95 = judged.checks[0];
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  const interval = p95?.interval ? `${pct(p95.interval.low)} to ${pct(p95.interval.high)}` : '—';
  console.log(
    `| ${path.basename(file)} | ${judged.status} | ${p95?.change == null ? '—' : pct(p95.change)} (${interval}) |`,
  );
  judgedFiles += 1;
  for (const s of SLOWDOWNS) {
    const status = judgePaired(scaled(samples, 1 + s), checks, { minChange: MIN_CHANGE }).status;
    (outcomes.get(s) as Record<Status, number>)[status] += 1;
  }
}
console.log('');
console.log(`| head's latency scaled by | ${SLOWDOWNS.map((s) => `+${s * 100}%`).join(' | ')} |`);
console.log(`|---|${SLOWDOWNS.map(() => '---').join('|')}|`);
for (const status of ['fail', 'warn', 'pass'] as const)
  console.log(
    `| runs that ${status} (of ${judgedFiles}) | ${SLOWDOWNS.map((s) => outcomes.get(s)?.[status]).join(' | ')} |`,
  );
