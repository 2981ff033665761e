#!/usr/bin/env node
// A stand-in for the k6 binary that replays a real recorded run (test/fixtures/recordings/*):
// it writes the recorded NDJSON where `--out json=` asks, prints the recorded stdout and stderr,
// and exits with the recorded exit code. Knobs (environment):
//   FAKE_K6_RECORDING  folder of the recording to replay (required for `run`)
//   FAKE_K6_LOG        append one JSON line per call: argv and what the script environment held
//   FAKE_K6_VERSION    version `k6 version` reports (default 0.49.0, the recordings' k6)
//   FAKE_K6_EXIT       exit code to use instead of the recorded one
//   FAKE_K6_STDERR     text to print on stderr instead of the recorded log
//   FAKE_K6_KILL_AFTER_BYTES  write only this many bytes of results, then die by SIGKILL
//   FAKE_K6_BURN_MS    keep every core busy for this long before replaying (a saturated runner)
// With --execution-segment, only this segment's share of the samples is written (every n-th
// sample, from its place in the sequence), so two segments' files hold different requests as
// real instances' files do, and together the whole recording.
//   FAKE_K6_TURN_FILE  with several recordings in FAKE_K6_RECORDING (joined by the path delimiter):
//                      counts the runs, so run n replays recording n (the last one after that)
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const env = process.env;

if (env.FAKE_K6_LOG) {
  const digest = (value) => (value === undefined ? null : createHash('sha256').update(value).digest('hex'));
  appendFileSync(
    env.FAKE_K6_LOG,
    JSON.stringify({
      argv,
      env: { BASE_URL: env.BASE_URL ?? null, BOOTH_ID: env.BOOTH_ID ?? null, PROFILE: env.PROFILE ?? null },
      authTokenSha256: digest(env.AUTH_TOKEN),
      inputVariables: Object.keys(env).filter((key) => key.startsWith('INPUT_')),
    }) + '\n',
  );
}

if (argv[0] === 'version') {
  process.stdout.write(`k6 v${env.FAKE_K6_VERSION ?? '0.49.0'} (go1.21.6, linux/amd64)\n`);
  process.exit(0);
}

if (argv[0] !== 'run') {
  process.stderr.write(`unknown command "${argv[0]}" for "k6"\n`);
  process.exit(255);
}

const recordings = (env.FAKE_K6_RECORDING ?? '').split(path.delimiter).filter(Boolean);
if (recordings.length === 0) {
  process.stderr.write('fake k6: FAKE_K6_RECORDING is not set\n');
  process.exit(255);
}
let turn = 0;
if (env.FAKE_K6_TURN_FILE) {
  turn = existsSync(env.FAKE_K6_TURN_FILE) ? readFileSync(env.FAKE_K6_TURN_FILE, 'utf8').length : 0;
  appendFileSync(env.FAKE_K6_TURN_FILE, '.');
}
const recording = recordings[Math.min(turn, recordings.length - 1)];

const outFlag = argv.find((arg) => arg.startsWith('--out=json=')) ?? argv[argv.indexOf('--out') + 1];
const resultsPath = outFlag?.replace(/^--out=/, '').replace(/^json=/, '');
const ndjsonGz = readFileSync(path.join(recording, 'k6.ndjson.gz'));
/** This instance's place among the segments and their count, or null when k6 runs alone. */
function segmentShare() {
  const segment = argv.find((arg) => arg.startsWith('--execution-segment='));
  const sequence = argv.find((arg) => arg.startsWith('--execution-segment-sequence='));
  if (!segment || !sequence) return null;
  const value = (fraction) => fraction.split('/').reduce((a, b) => Number(a) / Number(b));
  const start = value(segment.split('=')[1].split(':')[0]);
  const bounds = sequence.split('=')[1].split(',').map(value);
  return { index: bounds.findIndex((b) => Math.abs(b - start) < 1e-9), count: bounds.length - 1 };
}

function shareOf(ndjson, share) {
  let point = 0;
  const kept = ndjson
    .toString('utf8')
    .split('\n')
    .filter((line) => !line.includes('"type":"Point"') || point++ % share.count === share.index);
  return Buffer.from(kept.join('\n'));
}

if (resultsPath) {
  const share = segmentShare();
  let bytes = share === null ? ndjsonGz : gzipSync(shareOf(gunzipSync(ndjsonGz), share));
  if (!resultsPath.endsWith('.gz')) bytes = gunzipSync(bytes);
  const killAfter = env.FAKE_K6_KILL_AFTER_BYTES ? Number(env.FAKE_K6_KILL_AFTER_BYTES) : null;
  if (killAfter !== null) bytes = bytes.subarray(0, killAfter);
  writeFileSync(resultsPath, bytes);
  if (killAfter !== null) process.kill(process.pid, 'SIGKILL');
}

// The load burns the runner after setup(): the results are written by then, the summary not yet.
if (env.FAKE_K6_BURN_MS) {
  const burn = `const end = Date.now() + ${Number(env.FAKE_K6_BURN_MS)}; while (Date.now() < end) {}`;
  // Three busy threads per core, as a k6 with more work than CPU: its threads queue for the cores
  // (the run-queue wait runner health reads) whatever else the machine runs at the same time.
  const workers = [...os.cpus(), ...os.cpus(), ...os.cpus()].map(() => new Worker(burn, { eval: true }));
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.on('exit', resolve))));
}

process.stdout.write(readFileSync(path.join(recording, 'stdout.txt')));
process.stderr.write(env.FAKE_K6_STDERR ?? gunzipSync(readFileSync(path.join(recording, 'stderr.txt.gz'))));
const code = env.FAKE_K6_EXIT ?? readFileSync(path.join(recording, 'exit.txt'), 'utf8').trim();
process.exitCode = Number(code);
