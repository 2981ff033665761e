/**
 * Records test/fixtures/runner/cpu-trace-burn.json with the live sampler: 3 s quiet, 6 s with
 * every core burnt by busy workers standing in for k6, 3 s quiet. Run: npx tsx test/support/record-cpu-trace.ts
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { liveReader, startSampler } from '../../src/k6/runner-sampler.js';
import { REPO_ROOT } from './action-runner.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const burn = (ms: number) => new Worker(`const end = Date.now() + ${ms}; while (Date.now() < end) {}`, { eval: true });

const sampler = startSampler(liveReader());
const k6StartMs = Date.now();
sampler.watch(process.pid);
await sleep(3000);
const burnStartMs = Date.now();
const workers = os.cpus().map(() => burn(6000));
await Promise.all(workers.map((w) => new Promise((resolve) => w.on('exit', resolve))));
const burnEndMs = Date.now();
await sleep(3000);
const k6EndMs = Date.now();
const readings = sampler.stop();
writeFileSync(
  path.join(REPO_ROOT, 'test/fixtures/runner/cpu-trace-burn.json'),
  JSON.stringify({ cores: os.cpus().length, k6StartMs, k6EndMs, burnStartMs, burnEndMs, readings }, null, 1) + '\n',
);
