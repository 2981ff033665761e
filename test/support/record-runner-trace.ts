/**
 * Records a runner trace of a real quick enqueue run: a real k6 against the stand-in on this
 * machine, sampled by the live sampler (all-core CPU, k6's CPU, k6's run-queue wait).
 *   npx tsx test/support/record-runner-trace.ts OUT.json [--slowdown F] [--hog] [--keep RESULTS.ndjson.gz]
 * --hog starts, 30 s into the run, one `nice -n -10` busy loop per core for 25 s: work at a
 * higher priority than k6, so k6 waits for a CPU. Needs k6 on PATH (or K6_PATH).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { liveReader, startSampler, type RunnerSampler } from '../../src/k6/runner-sampler.js';
import { runScenario } from '../../src/k6/scenario-run.js';
import { REPO_ROOT } from './action-runner.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slowdown: { type: 'string', default: '1' },
    hog: { type: 'boolean', default: false },
    keep: { type: 'string' },
  },
});
const out = positionals[0];
if (!out) throw new Error('usage: record-runner-trace.ts OUT.json [--slowdown F] [--hog]');

// Its own process group, ended as a group: tsx runs node as a child that would outlive it.
const standIn = spawn(
  path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
  ['standin/main.ts', '--port', '0', '--slowdown', values.slowdown],
  { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
const url = await new Promise<string>((resolve) =>
  standIn.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
);

const hogs: ReturnType<typeof spawn>[] = [];
let hogStartMs: number | null = null;
const hogTimer = values.hog
  ? setTimeout(() => {
      hogStartMs = Date.now();
      for (const _core of os.cpus())
        hogs.push(
          spawn('timeout', ['25', 'nice', '-n', '-10', 'bash', '-c', 'while :; do :; done'], { stdio: 'ignore' }),
        );
    }, 30_000)
  : null;

let sampler: RunnerSampler | null = null;
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
const run = await runScenario(
  {
    k6Path: process.env.K6_PATH ?? 'k6',
    scriptPath: path.join(REPO_ROOT, 'scenarios/enqueue-test.js'),
    workDir: mkdtempSync(path.join(os.tmpdir(), 'runner-trace-')),
    baseUrl: url,
    boothId: 1,
    profile: 'quick',
    authToken: null,
    sampler: () => (sampler = startSampler(liveReader())),
  },
  { k6Log: quiet, info: () => undefined, startGroup: () => undefined, endGroup: () => undefined },
);
if (hogTimer) clearTimeout(hogTimer);
for (const hog of hogs) hog.kill();
if (standIn.pid !== undefined) process.kill(-standIn.pid, 'SIGTERM');
if (!sampler) throw new Error('the sampler never started');
if (values.keep) copyFileSync(run.resultsPath, values.keep);

writeFileSync(
  out,
  JSON.stringify(
    {
      recorded: { slowdown: Number(values.slowdown), hog: values.hog, cores: os.cpus().length, k6: 'v0.49.0' },
      hogStartMs,
      k6StartMs: run.runner.k6StartMs,
      k6EndMs: run.runner.k6EndMs,
      readings: run.runner.readings,
    },
    null,
    1,
  ) + '\n',
);
process.stdout.write(`${out}: ${run.runner.readings.length} readings\n`);
process.exit(0);
