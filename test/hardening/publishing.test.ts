/**
 * Issue 16, publishing: the job summary keeps what the comment leaves out; nothing is published
 * before the working folder exists; a k6 run that left no results replaces the sticky comment's
 * old verdict; a k6 that cannot be started is the user's k6-path, not a bug.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/user-error.js';
import { commentMarker, GITHUB_COMMENT_LIMIT } from '../../src/github/marker.js';
import { runK6 } from '../../src/k6/run.js';
import { run } from '../../src/main.js';
import { k6File, request } from '../results/k6-lines.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-publishing-'));
const token = 'ghs_publishingToken00000000000000000000';
const event = path.join(dir, 'event.json');
let api: GitHubApiServer | undefined;

beforeAll(() => {
  writeFileSync(event, JSON.stringify({ pull_request: { number: 5, head: { sha: 'abc1234def' } } }));
});
afterEach(async () => {
  await api?.close();
  api = undefined;
  for (const knob of ['FAKE_K6_EXIT', 'FAKE_K6_STDERR', 'FAKE_K6_RECORDING']) delete process.env[knob];
});

async function gate(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  api ??= await startGitHubApiServer({ token });
  const { io, said } = recordingIO(
    { 'github-token': token, comment: 'always', ...inputs },
    {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: path.join(dir, 'runner-temp'),
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

/** 200 endpoints with long names: a report far past GitHub's comment limit. */
function manyEndpointsFile(): string {
  const name = (i: number) => `/api/v1/booths/${i}/waitings?trace=${'t'.repeat(400)}`;
  const lines = Array.from({ length: 200 }, (_, i) =>
    Array.from({ length: 5 }, (_, j) =>
      request({
        offsetMs: i * 50 + j,
        duration: 10 + i,
        name: name(i),
        ...(j === 0 ? { status: 400 + (i % 150), tags: { error: `upstream ${i} timed out ${'e'.repeat(200)}` } } : {}),
      }),
    ).flat(),
  ).flat();
  const file = path.join(dir, 'many-endpoints.ndjson');
  writeFileSync(file, k6File(lines));
  return file;
}

describe('the job summary holds the full report the shortened comment promises', () => {
  it('the comment is cut to fit, the summary keeps every endpoint the comment left out', async () => {
    const said = await gate({ 'results-file': manyEndpointsFile(), 'fail-on': 'never' });
    expect(said.failures).toEqual([]);
    const comment = api!.comments[0]!.body;
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain("left out to fit GitHub's comment size limit");
    const summary = said.summaries[0]!;
    expect(summary.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(summary).not.toContain('left out to fit');
    // The fastest endpoint is the first the comment drops.
    const last = `/api/v1/booths/0/waitings`;
    expect(comment).not.toContain(last);
    expect(summary).toContain(last);
  });
});

describe('publishing order', () => {
  it('a working folder that cannot be created fails before anything is published', async () => {
    const notADir = path.join(dir, 'runner-temp-is-a-file');
    writeFileSync(notADir, 'x');
    const said = await gate({ 'results-file': manyEndpointsFile() }, { RUNNER_TEMP: notADir });
    expect(said.failures).toEqual([
      `Cannot create the results folder ${notADir}/perf-gate (ENOTDIR). Free disk space or point RUNNER_TEMP at a writable folder.`,
    ]);
    expect(said.summaries).toEqual([]);
    expect(api!.comments).toEqual([]);
    expect(api!.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a k6 run that left no results replaces the old green comment with "no results"', async () => {
    api = await startGitHubApiServer({
      token,
      comments: [
        {
          issue: 5,
          body: `${commentMarker('enqueue')}\n\n## ✅ Performance gate passed: all 5 checks passed\n`,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ],
    });
    process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'enqueue-errors');
    process.env.FAKE_K6_EXIT = '107';
    process.env.FAKE_K6_STDERR = 'time="2026-11-25T10:00:00Z" level=error msg="ReferenceError: x is not defined"\n';
    const { startStandIn } = await import('../../standin/server.js');
    const target = await startStandIn({ port: 0 });
    try {
      const said = await gate({ 'base-url': target.url, 'k6-path': FAKE_K6 });
      const reason = 'The k6 run failed (the k6 script threw an exception): ReferenceError: x is not defined';
      expect(said.failures).toEqual([reason]);
      expect(api.comments).toHaveLength(1);
      const body = api.comments[0]!.body;
      expect(body).toContain('## ❌ Performance gate failed: the latest run produced no results');
      expect(body).not.toContain('Performance gate passed');
      expect(body).toContain('ReferenceError: x is not defined');
      expect(said.summaries[0]).toContain('the latest run produced no results');
      expect(said.outputs.verdict).toBe('fail');
    } finally {
      await target.close();
    }
  });
});

describe('a k6 that cannot be started', () => {
  it('is a UserError naming k6-path, not "failed unexpectedly"', async () => {
    const missing = path.join(dir, 'no-such-k6');
    const error = await runK6({
      k6Path: missing,
      scriptPath: 'enqueue.js',
      resultsPath: path.join(dir, 'r.ndjson'),
      scriptEnv: {},
      log: new PassThrough().resume(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).input).toBe('k6-path');
    expect((error as Error).message).toBe(
      `Cannot start k6 at ${missing}: the file does not exist. Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`,
    );
  });
});
