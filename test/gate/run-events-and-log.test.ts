/**
 * Whole runs of run() with the fake k6 and the recording IO: what a run outside a pull request
 * publishes, how k6's live output is folded in the log with one line per stage, and the
 * results-file output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-run-events-'));
let target: StandIn;
let github: GitHubApiServer;

beforeAll(async () => {
  target = await startStandIn({ port: 0 });
  github = await startGitHubApiServer();
  process.env.RUNNER_TOOL_CACHE = path.join(dir, 'tool-cache');
  process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'spike-full');
});
afterAll(async () => {
  await target.close();
  await github.close();
});

async function gate(eventName: string, payload: unknown) {
  const eventPath = path.join(dir, `${eventName}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  const { io, said } = recordingIO(
    {
      'base-url': target.url,
      'k6-path': FAKE_K6,
      scenario: 'spike',
      comment: 'always',
      'github-token': 'ghs_token1234567890',
      // A push would record history through the same API: this test is about the comment alone.
      history: 'off',
    },
    {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: path.join(dir, `runner-temp-${eventName}`),
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'festin-team/festin',
      GITHUB_API_URL: github.url,
    },
  );
  await run(io);
  return said;
}

describe('runs outside a pull request', () => {
  it.each([
    ['push', { ref: 'refs/heads/main', after: 'a'.repeat(40) }],
    ['schedule', { schedule: '0 3 * * *' }],
    ['workflow_dispatch', { ref: 'refs/heads/main', inputs: {} }],
  ])('%s: no comment, no warning about it, and the job summary written', async (eventName, payload) => {
    const before = github.requests.length;
    const said = await gate(eventName, payload);
    expect(said.warnings.filter((w) => w.includes('PR comment'))).toEqual([]);
    expect(said.info).toContain(`PR comment: skipped (a ${eventName} run belongs to no pull request).`);
    expect(github.requests.length).toBe(before);
    expect(said.summaries).toHaveLength(1);
    expect(said.summaries[0]).toContain('perf-gate');
  });
});

describe("k6's output in the log", () => {
  it('is folded into groups, with one line per stage between them, and the judged file is an output', async () => {
    const said = await gate('push', { ref: 'refs/heads/main' });
    const groupsAndStages = said.log.filter((line) => line.startsWith('::') || line.startsWith('stage '));
    expect(groupsAndStages).toEqual([
      '::group::k6 output: spike-test.js',
      '::endgroup::',
      'stage 1/4 (10/s) started at 0:00',
      '::group::k6 output: spike-test.js, stage 1/4',
      '::endgroup::',
      'stage 2/4 (500/s) started at 0:10',
      '::group::k6 output: spike-test.js, stage 2/4',
      '::endgroup::',
      'stage 3/4 (500/s) started at 0:15',
      '::group::k6 output: spike-test.js, stage 3/4',
      '::endgroup::',
      'stage 4/4 (10/s) started at 0:45',
      '::group::k6 output: spike-test.js, stage 4/4',
      '::endgroup::',
    ]);
    expect(said.outputs['results-file']).toBe(path.join(dir, 'runner-temp-push', 'perf-gate', 'k6-results.ndjson.gz'));
  });
});
