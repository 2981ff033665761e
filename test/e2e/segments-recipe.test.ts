/**
 * The README's split-test recipe through run(), with the fake k6: two `load` jobs each run their
 * segment (k6 gets its execution segment, SEGMENT reaches the script's environment, the step
 * judges nothing and names its file), the files are "uploaded" into the judging job's
 * workspace, and one `judge` job judges them together through a glob.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-segments-recipe-'));
const k6Calls = path.join(dir, 'k6-calls.ndjson');
let target: StandIn;

beforeAll(async () => {
  target = await startStandIn({ port: 0 });
  process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'enqueue-errors');
  process.env.FAKE_K6_LOG = k6Calls;
});
afterAll(async () => {
  delete process.env.FAKE_K6_LOG;
  await target.close();
});

function gate(job: string, inputs: Record<string, string>) {
  const { io, said } = recordingIO(
    { scenario: 'enqueue', comment: 'never', history: 'off', 'fail-on': 'never', ...inputs },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, `runner-${job}`) },
  );
  return run(io).then(() => said);
}

describe('a test split over two runners, judged as one', () => {
  it('runs each segment, hands its file over, and judges the uploaded files together', async () => {
    const segments = [];
    for (const share of ['1/2', '2/2']) {
      segments.push(await gate(`load-${share[0]}`, { 'base-url': target.url, 'k6-path': FAKE_K6, segment: share }));
    }
    for (const said of segments) {
      expect(said.failures).toEqual([]);
      expect(said.outputs.verdict).toBeUndefined();
      expect(existsSync(said.outputs['results-file']!)).toBe(true);
    }
    const calls = readFileSync(k6Calls, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { argv: string[] });
    const runs = calls.filter((call) => call.argv[0] === 'run');
    expect(runs.map((call) => call.argv.filter((a) => a.startsWith('--execution-segment')))).toEqual([
      ['--execution-segment=0/2:1/2', '--execution-segment-sequence=0,1/2,1'],
      ['--execution-segment=1/2:2/2', '--execution-segment-sequence=0,1/2,1'],
    ]);

    // actions/download-artifact into the judging job's workspace.
    mkdirSync(path.join(dir, 'segments'));
    for (const said of segments) {
      const file = said.outputs['results-file']!;
      copyFileSync(file, path.join(dir, 'segments', path.basename(file)));
    }
    const judged = await gate('judge', { 'results-file': 'segments/*.ndjson*' });
    expect(judged.failures).toEqual([]);
    expect(['pass', 'warn']).toContain(judged.outputs.verdict);
    // Each segment's file holds its own share of the requests; judged as one, they add up.
    const alone = [];
    for (const [i, said] of segments.entries()) {
      const file = path.join('segments', path.basename(said.outputs['results-file']!));
      alone.push(await gate(`single-${i + 1}`, { 'results-file': file }));
    }
    const requests = (said: typeof judged) =>
      (JSON.parse(readFileSync(said.outputs['report-json']!, 'utf8')) as { result: { overall: { requests: number } } })
        .result.overall.requests;
    expect(requests(alone[0]!)).toBeGreaterThan(0);
    expect(requests(judged)).toBe(requests(alone[0]!) + requests(alone[1]!));
    expect(judged.summaries.join('\n')).toContain('🧩 2 k6 instances (execution segments) judged as one run');
  });
});
