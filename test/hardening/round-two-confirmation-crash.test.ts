/**
 * Issue 23 case 7, the confirmation run that crashes: the first run failed a latency check, so
 * the scenario ran again, and that k6 died (exit 107, the script's login refused). The first,
 * judged run's figures and its results file must still be there: the report publishes that run
 * headed by what failed, and `results-file` names a file that still holds the first run's data.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampler, type RunnerReader } from '../../src/k6/runner-sampler.js';
import { run, type RunnerProbe } from '../../src/main.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-confirmation-crash-'));
const FAST = path.join(RECORDINGS, 'enqueue-errors');
const SLOW = path.join(dir, 'slow');
const CRASH = path.join(dir, 'crash');
const GARBAGE = path.join(dir, 'garbage');
const turnFile = path.join(dir, 'turns');
const LOGIN_REFUSED = 'level=error msg="Uncaught (in promise) login refused: 401" hint="script exception"';

/** A real run made slow (every request four times as long), so p95 fails and a confirmation runs. */
function writeSlowRecording(): string[] {
  mkdirSync(SLOW);
  for (const file of ['stdout.txt', 'stderr.txt.gz', 'exit.txt'])
    copyFileSync(path.join(FAST, file), path.join(SLOW, file));
  const lines = gunzipSync(readFileSync(path.join(FAST, 'k6.ndjson.gz')))
    .toString('utf8')
    .split('\n');
  const scaled = lines.map((line) => {
    if (!line.includes('"metric":"http_req_duration"') || !line.includes('"type":"Point"')) return line;
    const point = JSON.parse(line) as { data: { value: number } };
    point.data.value *= 4;
    return JSON.stringify(point);
  });
  writeFileSync(path.join(SLOW, 'k6.ndjson.gz'), gzipSync(scaled.join('\n')));
  return lines;
}

/** k6 dying in setup(): it opened its results file and wrote the metric declarations, then exit 107. */
function writeCrashRecording(lines: string[]): void {
  mkdirSync(CRASH);
  const declarations = lines.filter((line) => line.includes('"type":"Metric"')).slice(0, 3);
  writeFileSync(path.join(CRASH, 'k6.ndjson.gz'), gzipSync(declarations.join('\n') + '\n'));
  writeFileSync(path.join(CRASH, 'stdout.txt'), '');
  writeFileSync(path.join(CRASH, 'stderr.txt.gz'), gzipSync(LOGIN_REFUSED + '\n'));
  writeFileSync(path.join(CRASH, 'exit.txt'), '107\n');
  // And a k6 that exits 0 after writing what is not k6 output.
  mkdirSync(GARBAGE);
  writeFileSync(path.join(GARBAGE, 'k6.ndjson.gz'), gzipSync('this is not k6 output\n'.repeat(100)));
  writeFileSync(path.join(GARBAGE, 'stdout.txt'), '');
  writeFileSync(path.join(GARBAGE, 'stderr.txt.gz'), gzipSync(''));
  writeFileSync(path.join(GARBAGE, 'exit.txt'), '0\n');
}

/** A quiet runner, so the first run is judged on its latency alone and not made inconclusive. */
const quietRunner: RunnerProbe = {
  sampler: () => {
    let ticks = 0;
    const reader: RunnerReader = {
      cpu: () => ({ busy: (ticks += 10), total: ticks * 10 }),
      processCpu: () => null,
      memory: () => ({ used: 1, total: 4 }),
    };
    return startSampler(reader);
  },
};

let target: StandIn;
let slowRequests = 0;
beforeAll(async () => {
  writeCrashRecording(writeSlowRecording());
  const fast = await analyzeFile(path.join(FAST, 'k6.ndjson.gz'));
  slowRequests = (await analyzeFile(path.join(SLOW, 'k6.ndjson.gz'))).overall.requests;
  writeFileSync(
    path.join(dir, 'thresholds.json'),
    JSON.stringify({
      scenario: 'load.js',
      checks: [
        { figure: 'p95', limit: Math.round((fast.overall.duration?.p95 ?? 0) * 2) },
        { figure: 'error-rate', limit: 0.5 },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
  target = await startStandIn({ port: 0 });
});
afterAll(async () => {
  delete process.env.FAKE_K6_TURN_FILE;
  delete process.env.FAKE_K6_RECORDING;
  await target.close();
});

/** The gate with the first run slow (a confirmation runs) and the confirmation replaying `second`. */
async function gateWithConfirmation(second: string) {
  writeFileSync(turnFile, '');
  process.env.FAKE_K6_TURN_FILE = turnFile;
  process.env.FAKE_K6_RECORDING = [SLOW, second].join(path.delimiter);
  const { io, said } = recordingIO(
    {
      'base-url': target.url,
      'k6-path': FAKE_K6,
      scenario: './load.js',
      thresholds: './thresholds.json',
      comment: 'never',
    },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'runner-temp') },
  );
  await run(io, quietRunner);
  expect(readFileSync(turnFile, 'utf8')).toHaveLength(2);
  return said;
}

describe('case 7: the confirmation run crashes', () => {
  it('publishes the judged first run and what failed; its results file is kept', async () => {
    const said = await gateWithConfirmation(CRASH);
    expect(said.failures).toHaveLength(1);
    // The first run's verdict stands, and the report says why it was not confirmed.
    expect(said.failures[0]).toContain('p95');
    expect(said.outputs.verdict).toBe('fail');
    const summary = said.summaries.join('\n');
    expect(summary).toContain('**Not confirmed:** the confirmation run gave no complete run to judge');
    expect(summary).toContain('login refused');
    expect(summary).not.toContain('the latest run produced no results');
    // The first run's figures: its p95 row, failed against the limit.
    expect(summary).toMatch(/\| p95 \|[^\n]*❌/);

    // The results file named is the first run's, whole: the crashed run did not write over it.
    const resultsFile = said.outputs['results-file'] ?? '';
    expect(resultsFile).not.toBe('');
    expect((await analyzeFile(resultsFile)).overall.requests).toBe(slowRequests);
  });

  it('a confirmation k6 that writes garbage is a failed k6 run, not a bug, and the first run stays', async () => {
    const said = await gateWithConfirmation(GARBAGE);
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toContain('k6 wrote results that cannot be read');
    expect(said.failures[0]).not.toContain('This is a bug');
    expect(said.summaries.join('\n')).toContain('**perf-gate failed after judging this run**');
    expect((await analyzeFile(said.outputs['results-file'] ?? '')).overall.requests).toBe(slowRequests);
  });
});
