/**
 * The gate run in-process with the fake k6: a saturated runner makes the run inconclusive, a
 * latency failure is confirmed by a second run before it fails the step, and a bad k6-path is
 * refused before the target sees a request.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSampler, type RunnerReader } from '../../src/k6/runner-sampler.js';
import { run, type RunnerProbe } from '../../src/main.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-confirm-'));
const FAST = path.join(RECORDINGS, 'enqueue-errors');
const SLOW = path.join(dir, 'enqueue-errors-slow');
const turnFile = path.join(dir, 'turns');
let target: Server;
let targetUrl: string;
let targetRequests = 0;

/** A slow run derived from a real one: every http_req_duration four times as long. */
function writeSlowRecording(): void {
  mkdirSync(SLOW, { recursive: true });
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
}

/** A quiet runner: 10% busy whatever this machine is doing, so only the runs meant to saturate do. */
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

beforeAll(async () => {
  writeSlowRecording();
  const fast = await analyzeFile(path.join(FAST, 'k6.ndjson.gz'));
  // Fast p95 × 2: the fast run passes by far, the slow one (× 4) fails by far.
  const limit = Math.round((fast.overall.duration?.p95 ?? 0) * 2);
  writeFileSync(
    path.join(dir, 'thresholds.json'),
    JSON.stringify({
      scenario: 'load.js',
      checks: [
        { figure: 'p95', limit },
        { figure: 'error-rate', limit: 0.5 },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
  target = createServer((_req, res) => {
    targetRequests++;
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  process.env.FAKE_K6_TURN_FILE = turnFile;
});
afterAll(async () => {
  delete process.env.FAKE_K6_TURN_FILE;
  delete process.env.FAKE_K6_RECORDING;
  delete process.env.FAKE_K6_BURN_MS;
  await new Promise((resolve) => target.close(resolve));
});
beforeEach(() => {
  writeFileSync(turnFile, '');
  targetRequests = 0;
  delete process.env.FAKE_K6_BURN_MS;
});

async function gate(recordings: string[], inputs: Record<string, string> = {}, probe: RunnerProbe = quietRunner) {
  process.env.FAKE_K6_RECORDING = recordings.join(path.delimiter);
  const { io, said } = recordingIO(
    {
      'base-url': targetUrl,
      'k6-path': FAKE_K6,
      scenario: './load.js',
      thresholds: './thresholds.json',
      comment: 'never',
      ...inputs,
    },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'runner-temp') },
  );
  await run(io, probe);
  const k6Runs = existsSync(turnFile) ? readFileSync(turnFile, 'utf8').length : 0;
  return { said, summary: said.summaries.join('\n'), k6Runs };
}

describe('confirm before failing', () => {
  it('slow then fast: the failure does not repeat, the gate passes and shows both runs', async () => {
    const { said, summary, k6Runs } = await gate([SLOW, FAST]);
    expect(k6Runs).toBe(2);
    expect(said.outputs.verdict).toBe('pass');
    expect(said.failures).toEqual([]);
    expect(summary).toContain(
      '> **Not confirmed:** the latency failure did not repeat in a second run, so it was noise; the verdict rests on the confirmation run.',
    );
    expect(summary).toMatch(
      /\| Figure \| First run \| Confirmation run \| Limit \|\n\|---\|--:\|--:\|--:\|\n\| p95 \| [\d.,]+ ms ❌ \| [\d.,]+ ms ✅ \| [\d.,]+ ms \|/,
    );

    // The report shows both runs side by side, each with the verdict it had on its own.
    expect(summary).toMatch(
      /\*\*Both runs\*\*\n\n\| Run \| p95 \| p99 \| Error rate \| Requests \| Verdict on its own \|\n\|---\|--:\|--:\|--:\|--:\|---\|\n\| First \| [\d.,]+ ms \| [\d.,]+ ms \| [\d.,]+% \| [\d,]+ \| ❌ fail \|\n\| Confirmation \| [\d.,]+ ms \| [\d.,]+ ms \| [\d.,]+% \| [\d,]+ \| ✅ pass \|/,
    );
    // Both runs' results files are kept and named: the slow first run's, then the fast confirmation run's.
    const [firstFile, secondFile] = [said.outputs['results-file'] ?? '', said.outputs['results-file-2'] ?? ''];
    expect(path.basename(firstFile)).toBe('k6-results.ndjson.gz');
    expect(path.basename(secondFile)).toBe('k6-results-run-2.ndjson.gz');
    const [slow, fast] = [await analyzeFile(firstFile), await analyzeFile(secondFile)];
    expect(slow.overall.duration!.p95).toBeGreaterThan(fast.overall.duration!.p95 * 1.5);
  });

  it('slow then slow: the failure repeats and the gate fails', async () => {
    const { said, summary, k6Runs } = await gate([SLOW, SLOW]);
    expect(k6Runs).toBe(2);
    expect(said.outputs.verdict).toBe('fail');
    expect(said.failures).toHaveLength(1);
    expect(summary).toContain('> **Confirmed:** the latency failure repeated in a second run');
    expect(summary).toMatch(/\| p95 \| [\d.,]+ ms ❌ \| [\d.,]+ ms ❌ \|/);
  });

  it('confirm false: one slow run fails at once', async () => {
    const { said, summary, k6Runs } = await gate([SLOW, FAST], { confirm: 'false' });
    expect(said.outputs['results-file-2']).toBe('');
    expect(k6Runs).toBe(1);
    expect(said.outputs.verdict).toBe('fail');
    expect(summary).not.toContain('onfirm');
  });

  it('results-file mode cannot re-run and says so', async () => {
    const { said, summary } = await gate([], { 'results-file': path.join(SLOW, 'k6.ndjson.gz'), 'base-url': '' });
    expect(said.outputs.verdict).toBe('fail');
    expect(summary).toContain(
      '> **Not confirmed:** results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run.',
    );
    expect(said.outputs['load-generator']).toBe('');
  });
});

describe('confirm before failing, with history on', () => {
  /** Five recorded fast runs in a local history file: enough for history to judge the PR run. */
  async function recordHistory(): Promise<string> {
    const file = path.join(dir, 'history.json');
    await gate([FAST], { history: file, 'history-mode': 'record' });
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { version: number; entries: Array<{ commit: string }> };
    const [entry] = recorded.entries;
    const entries = ['c1', 'c2', 'c3', 'c4', 'c5'].map((commit) => ({ ...entry!, commit }));
    writeFileSync(file, JSON.stringify({ ...recorded, entries }));
    return file;
  }

  // Fixed defect: with history judging, the confirmation run alone was judged again and the
  // first run's failure (and the confirmation section) vanished from the verdict.
  it('slow then fast: the verdict still rests on both runs and says the failure was not confirmed', async () => {
    const history = await recordHistory();
    writeFileSync(turnFile, '');
    const { said, summary, k6Runs } = await gate([SLOW, FAST], { history, 'history-mode': 'compare' });
    expect(k6Runs).toBe(2);
    expect(said.outputs.baseline).toBe('history');
    expect(said.outputs.verdict).toBe('pass');
    expect(summary).toContain('> **Not confirmed:** the latency failure did not repeat in a second run');
    expect(summary).toMatch(/\| p95 \| [\d.,]+ ms ❌ \| [\d.,]+ ms ✅ \| [\d.,]+ ms \|/);
  });

  it('a confirmed default-branch run records one entry built from both runs, never the better one', async () => {
    const history = await recordHistory();
    writeFileSync(turnFile, '');
    const { said, k6Runs } = await gate([SLOW, FAST], { history, 'history-mode': 'record' });
    expect(k6Runs).toBe(2);
    type Recorded = {
      entries: Array<{ commit: string; figures: { overall: { requests: number; p95: { value: number } } } }>;
    };
    const { entries } = JSON.parse(readFileSync(history, 'utf8')) as Recorded;
    // Five fast runs before, one entry more: the pair is one commit, not two.
    expect(entries).toHaveLength(6);
    const [fast, pair] = [entries[0]!.figures.overall, entries[5]!.figures.overall];
    const slow = await analyzeFile(said.outputs['results-file'] ?? '');
    // Latency from both runs (geometric mean): well above the fast run it would be alone, below the slow one.
    expect(pair.p95.value).toBeGreaterThan(fast.p95.value * 1.5);
    expect(pair.p95.value).toBeLessThan(slow.overall.duration!.p95);
    expect(pair.requests).toBe(fast.requests + slow.overall.requests);
  });

  it('slow then slow: the confirmed failure fails the gate beside history', async () => {
    const history = await recordHistory();
    writeFileSync(turnFile, '');
    const { said, summary } = await gate([SLOW, SLOW], { history, 'history-mode': 'compare' });
    expect(said.outputs.baseline).toBe('history');
    expect(said.outputs.verdict).toBe('fail');
    expect(summary).toContain('> **Confirmed:** the latency failure repeated in a second run');
  });
});

describe('a load generator that checks itself', () => {
  it('a fake k6 that keeps every core busy makes a slow run inconclusive: latency warns, nothing re-runs', async () => {
    process.env.FAKE_K6_BURN_MS = '4500';
    const { said, summary, k6Runs } = await gate([SLOW, SLOW], {}, {});
    expect(k6Runs).toBe(1);
    expect(said.outputs['load-generator']).toBe('overloaded');
    expect(said.outputs.verdict).toBe('warn');
    expect(said.failures).toEqual([]);
    expect(summary).toMatch(
      /^<!-- perf-gate:comment -->\n\n## ⚠️ Inconclusive run: the runner's CPU was saturated from \d+:\d\d to \d+:\d\d; latency includes time k6 queued itself\n\nPerformance gate passed with warnings: 1 of 2 checks warned\. Latency, throughput and dropped iterations only warn; error rates are still judged\./,
    );
    expect(summary).toMatch(
      /#### Load generator\n\n\| Figure \| Value \|\n\|---\|--:\|\n\| Status \| ⚠️ overloaded: all cores ≥ 90% busy with k6 short of CPU \(waiting ≥ 50% of its time for one, or using ≥ 80% of all cores itself\) for \d+ s of the load's \d+ s \(limit 10%\) \|\n\| Peak CPU, all cores \| (9\d(\.\d)?|100)% \|/,
    );
  });

  it('a quiet runner: load-generator ok, peak CPU in the details', async () => {
    const { said, summary } = await gate([FAST]);
    expect(said.outputs['load-generator']).toBe('ok');
    expect(said.outputs.verdict).toBe('pass');
    expect(summary).toContain('| Status | ok |\n| Peak CPU, all cores | 10% |');
  });
});

describe('a bad k6-path', () => {
  it('is refused before any request reaches the target', async () => {
    const { said } = await gate([FAST], { 'k6-path': path.join(dir, 'no-such-k6') });
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toContain('k6-path');
    expect(targetRequests).toBe(0);
  });
});
