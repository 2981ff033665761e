/**
 * npm run bench -- --segments
 * Judging a run split into segments: 1, 4 and 16 files of the enqueue-full recording's size
 * (copies of its plain NDJSON, as each of N instances would write) analysed as one run, each
 * count in its own process: wall time and peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeFiles } from '../src/results/analyze-files.js';

const FIXTURE = 'test/fixtures/recordings/enqueue-full/k6.ndjson.gz';
const args = process.argv.slice(2);

if (args[0] === '--measure') {
  const files = args.slice(1);
  const start = process.hrtime.bigint();
  const result = await analyzeFiles(files);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(
    JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, requests: result.overall.requests }),
  );
} else {
  const work = mkdtempSync(join(tmpdir(), 'perf-gate-bench-segments-'));
  const plain = gunzipSync(readFileSync(FIXTURE));
  const tsx = join('node_modules', '.bin', 'tsx');
  try {
    console.log('files  size MB  seconds  peak RSS MB  requests');
    for (const count of [1, 4, 16]) {
      const files = Array.from({ length: count }, (_, k) => join(work, `segment-${k + 1}.ndjson`));
      for (const file of files) writeFileSync(file, plain);
      const m = JSON.parse(execFileSync(tsx, ['bench/segments.ts', '--measure', ...files], { encoding: 'utf8' })) as {
        seconds: number;
        peakRssMb: number;
        requests: number;
      };
      const size = (plain.length * count) / 1024 / 1024;
      console.log(
        `${String(count).padStart(5)}  ${size.toFixed(0).padStart(7)}  ${m.seconds.toFixed(2).padStart(7)}  ${m.peakRssMb.toFixed(0).padStart(11)}  ${m.requests}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
