/**
 * Issue 23 case 7: whatever fails after a run was judged still publishes what is known (the
 * judged run's report and what failed) and replaces a stale "passed" comment.
 */
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { COMMENT_MARKER, commentMarker } from '../../src/github/marker.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-after-judging-'));
const runnerTemp = path.join(dir, 'runner-temp');
const token = 'ghs_afterJudgingToken0000000000000000000';
const PR = 5;
const event = path.join(dir, 'event.json');
writeFileSync(event, JSON.stringify({ pull_request: { number: PR, head: { sha: 'abc1234def' } } }));
copyFileSync(path.join(RECORDINGS, 'enqueue-errors', 'k6.ndjson.gz'), path.join(dir, 'run.ndjson.gz'));
writeFileSync(path.join(dir, 'corrupt-history.json'), '{"version": 1, "entries": [');

// A k6 that exits 0 after writing garbage where its results belong.
const garbage = path.join(dir, 'garbage-recording');
mkdirSync(garbage);
writeFileSync(path.join(garbage, 'k6.ndjson.gz'), gzipSync('this is not k6 output\n'.repeat(100)));
writeFileSync(path.join(garbage, 'stdout.txt'), '');
writeFileSync(path.join(garbage, 'stderr.txt.gz'), gzipSync(''));
writeFileSync(path.join(garbage, 'exit.txt'), '0\n');

let api: GitHubApiServer;
let target: StandIn;
beforeAll(async () => {
  target = await startStandIn({ port: 0 });
});
afterAll(async () => {
  await api?.close();
  await target.close();
});

/** A PR whose perf-gate comment still says the last run passed. */
async function prWithPassedComment(key: string | null) {
  await api?.close();
  const marker = key === null ? COMMENT_MARKER : commentMarker(key);
  api = await startGitHubApiServer({
    token,
    comments: [{ issue: PR, body: `${marker}\n## ✅ Performance gate passed`, user: { login: 'github-actions[bot]' } }],
  });
}

async function gate(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const { io, said } = recordingIO(
    { comment: 'always', 'github-token': token, ...inputs },
    {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: runnerTemp,
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'festin-team/festin',
      ...env,
    },
  );
  await run(io);
  return said;
}

describe('case 7: a failure after the run was judged', () => {
  it('a corrupt history file: the judged report and the failure are published, the ✅ comment replaced', async () => {
    await prWithPassedComment('enqueue');
    const said = await gate({ 'results-file': 'run.ndjson.gz', history: 'corrupt-history.json' });
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toContain('corrupt-history.json: not valid JSON');
    expect(said.summaries).toHaveLength(1);
    const summary = said.summaries[0] as string;
    expect(summary).toContain('**perf-gate failed after judging this run**');
    expect(summary).toContain('corrupt-history.json: not valid JSON');
    // The judged run's own report follows: its figures are not lost.
    expect(summary).toMatch(/p95/);
    expect(said.outputs.verdict).toBe('fail');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).not.toContain('✅ Performance gate passed');
    expect(api.comments[0]?.body).toContain('perf-gate failed after judging this run');
  });

  it('a k6 that writes garbage: the failure is published and the ✅ comment replaced', async () => {
    await prWithPassedComment('enqueue');
    // The fake k6 reads its knobs from the process environment it inherits.
    process.env.FAKE_K6_RECORDING = garbage;
    let said;
    try {
      said = await gate({ 'base-url': target.url, 'k6-path': FAKE_K6, history: 'off' });
    } finally {
      delete process.env.FAKE_K6_RECORDING;
    }
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toContain('line 1');
    expect(said.summaries).toHaveLength(1);
    expect(said.summaries[0]).toContain('the latest run produced no results');
    expect(said.outputs.verdict).toBe('fail');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).not.toContain('✅ Performance gate passed');
    expect(existsSync(runnerTemp)).toBe(true);
  });
});
