/**
 * npx tsx scripts/interval-calibration.ts
 * Coverage of the 95% intervals (time blocks vs independent draws) over 400 simulated bursty
 * runs whose truth is known, and the p95 interval widths of both methods on the recordings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeFile } from '../src/results/analyze.js';
import { percentileCi } from '../src/results/stats.js';
import { BURSTY_RUN, coverage } from '../test/judge/autocorrelated-runs.js';

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const found = coverage(BURSTY_RUN, 400, 2);
console.log('coverage of the true figure, 400 simulated runs (AR(1) 0.8/s, 300 s, 20 req/s)');
console.log('figure      time blocks  independent draws');
for (const figure of ['p95', 'p99', 'errorRate'] as const) {
  console.log(
    `${figure.padEnd(12)}${percent(found[figure].timeAware).padStart(11)}  ${percent(found[figure].independent).padStart(17)}`,
  );
}

console.log('\noverall p95 95% interval on the recordings (ms)');
const root = 'test/fixtures/recordings';
for (const name of readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)) {
  const result = await analyzeFile(`${root}/${name}/k6.ndjson.gz`);
  const d = result.overall.duration;
  if (d === null) continue;
  const old = percentileCi(httpDurations(`${root}/${name}/k6.ndjson.gz`).sort(), 0.95);
  const basis = result.overall.intervalBasis;
  const how =
    basis?.method === 'time blocks' ? `${basis.blocks} blocks of ${basis.blockSeconds.toFixed(1)} s` : basis?.method;
  console.log(
    `${name}: p95 ${d.p95.toFixed(2)}; time blocks (${how}) ${d.p95Ci.low.toFixed(2)}–${d.p95Ci.high.toFixed(2)}, width ${(d.p95Ci.high - d.p95Ci.low).toFixed(2)}; independent draws ${old.low.toFixed(2)}–${old.high.toFixed(2)}, width ${(old.high - old.low).toFixed(2)}`,
  );
}

/** Every http_req_duration value of a recording, for the independent-draws interval the engine no longer gives. */
function httpDurations(file: string): Float64Array {
  const values: number[] = [];
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    if (!line.includes('"http_req_duration"') || !line.includes('"Point"')) continue;
    values.push((JSON.parse(line) as { data: { value: number } }).data.value);
  }
  return Float64Array.from(values);
}
