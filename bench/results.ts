/**
 * npm run bench [-- --big] [-- --runs N] [-- --segments (see segments.ts)]
 * The results engine against a naive baseline (readline + JSON.parse on every line) and the
 * floor (reading and splitting the lines; gunzip alone), on enqueue-full plain and .gz. Each
 * measurement runs in its own plain-node process (the worker bundled by esbuild, so no loader
 * inflates its memory); the median of N runs is shown. --big also builds a file of >= 1 GB in
 * the temp directory from the recording and reports the engine's peak memory on it.
 * Last, whole processes as a user starts them: the packaged CLI (`node dist/cli/index.js analyze`,
 * built by `npm run build`; tables, and --json) against the naive script as its own process, wall
 * time from spawn to exit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  check: number;
}

const args = process.argv.slice(2);
if (args.includes('--segments')) {
  execFileSync(join('node_modules', '.bin', 'tsx'), ['bench/segments.ts'], { stdio: 'inherit' });
  process.exit(0);
}
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const big = args.includes('--big');
const FIXTURE = 'test/fixtures/recordings/enqueue-full/k6.ndjson.gz';

const work = mkdtempSync(join(tmpdir(), 'perf-gate-bench-'));
const worker = join(work, 'results-worker.mjs');
const naiveProcess = join(work, 'naive-process.mjs');
const CLI = 'dist/cli/index.js';

function measure(mode: string, file: string): Measurement {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(JSON.parse(execFileSync(process.execPath, [worker, mode, file], { encoding: 'utf8' })) as Measurement);
  }
  const checks = new Set(all.map((m) => m.check));
  if (checks.size !== 1) throw new Error(`${mode} on ${file} gave different results: ${[...checks].join(', ')}`);
  const median = (pick: (m: Measurement) => number) =>
    all.map(pick).sort((a, b) => a - b)[Math.floor(all.length / 2)] as number;
  return {
    seconds: median((m) => m.seconds),
    cpuSeconds: median((m) => m.cpuSeconds),
    peakRssMb: median((m) => m.peakRssMb),
    check: all[0]?.check ?? 0,
  };
}

function row(cells: string[]): string {
  const widths = [22, 9, 9, 10, 10, 11, 12];
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' ');
}

function report(title: string, file: string, modes: string[]): void {
  const results = Object.fromEntries(modes.map((mode) => [mode, measure(mode, file)])) as Record<string, Measurement>;
  const engine = results.engine as Measurement;
  console.log(`\n${title}: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, median of ${runs})`);
  console.log(row(['', 'seconds', 'cpu s', 'peak RSS', 'naive/x', 'x/floor', 'check']));
  for (const [mode, m] of Object.entries(results)) {
    const naive = results.naive;
    const floor = results.floor;
    console.log(
      row([
        mode,
        m.seconds.toFixed(3),
        m.cpuSeconds.toFixed(3),
        `${m.peakRssMb.toFixed(0)} MB`,
        naive ? `${(naive.seconds / m.seconds).toFixed(2)}x` : '-',
        floor ? `${(m.seconds / floor.seconds).toFixed(2)}x` : '-',
        String(m.check),
      ]),
    );
  }
  if (results.naive) console.log(`engine is ${(results.naive.seconds / engine.seconds).toFixed(2)}x faster than naive`);
  if (results.floor) console.log(`engine takes ${(engine.seconds / results.floor.seconds).toFixed(2)}x the floor`);
}

/** Wall seconds of one whole process, from spawn to exit; it must succeed. */
function processSeconds(command: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, command, { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`node ${command.join(' ')} failed: ${String(child.stderr)}`);
  return seconds;
}

/**
 * `perf-gate analyze` (tables: the figures alone), `perf-gate analyze --json` (intervals and
 * time series too) and the naive script, each as the process a user starts, alternated so load
 * drifts hit all three.
 */
function wholeProcess(file: string): void {
  if (!existsSync(CLI)) {
    console.log(`\nwhole process: ${CLI} is missing; run \`npm run build\` first`);
    return;
  }
  const count = Math.max(runs, 7);
  const tables: number[] = [];
  const json: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < count; i++) {
    tables.push(processSeconds([CLI, 'analyze', file]));
    json.push(processSeconds([CLI, 'analyze', file, '--json']));
    naive.push(processSeconds([naiveProcess, file]));
  }
  const median = (all: number[]) => all.sort((a, b) => a - b)[Math.floor(all.length / 2)] as number;
  const [tablesMedian, jsonMedian, naiveMedian] = [median(tables), median(json), median(naive)];
  console.log(`\nwhole process on the plain NDJSON (wall seconds from spawn to exit, median of ${count})`);
  console.log(row(['perf-gate analyze', tablesMedian.toFixed(3)]));
  console.log(row(['  ... --json', jsonMedian.toFixed(3)]));
  console.log(row(['naive script', naiveMedian.toFixed(3)]));
  console.log(
    `perf-gate analyze is ${(naiveMedian / tablesMedian).toFixed(2)}x faster than the naive script (goal 2.5x)`,
  );
  console.log(`perf-gate analyze --json is ${(naiveMedian / jsonMedian).toFixed(2)}x faster than the naive script`);
}

/** >= 1 GB of k6 lines: the recording's lines, repeated (memory must follow samples kept, not bytes read). */
async function bigFile(plain: string): Promise<string> {
  const path = join(work, 'big.ndjson');
  const lines = readFileSync(plain);
  const out = createWriteStream(path);
  let written = 0;
  while (written < 1024 ** 3) {
    if (!out.write(lines)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    written += lines.length;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return path;
}

try {
  await build({
    entryPoints: ['bench/results-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: worker,
    logLevel: 'warning',
  });
  await build({
    entryPoints: ['bench/naive-process.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: naiveProcess,
    logLevel: 'warning',
  });
  const plain = join(work, 'enqueue-full.ndjson');
  writeFileSync(plain, gunzipSync(readFileSync(FIXTURE)));
  console.log(`node ${process.version}, ${runs} runs each`);
  report('plain NDJSON', plain, ['engine', 'naive', 'floor']);
  report('gzip', FIXTURE, ['engine', 'naive', 'floor']);
  wholeProcess(plain);
  if (big) {
    const file = await bigFile(plain);
    report('big (--big)', file, ['engine', 'floor']);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
