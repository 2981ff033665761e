/**
 * Issue 23 cases 8-10: which comment a step owns (script, profile, comment-key), a marker that
 * survives a single stripping pass, and comment-author trusted only as far as GitHub confirms it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, type ConfigEnvironment } from '../../src/config/inputs.js';
import type { ActionConfig } from '../../src/config/types.js';
import type { GitHubEnvironment } from '../../src/github/context.js';
import { commentKeyFor } from '../../src/github/comment-key.js';
import { COMMENT_MARKER, commentMarker, stickyCommentBody } from '../../src/github/marker.js';
import { publishComment, type PublishRequest } from '../../src/github/comment.js';
import {
  startGitHubApiServer,
  type GitHubApiServer,
  type GitHubApiServerOptions,
} from '../support/github-api-server.js';

describe('case 8: the sticky comment is keyed by what the step runs', () => {
  const bundled = (kind: 'enqueue' | 'spike') => ({ kind, scriptPath: `/action/scenarios/${kind}-test.js` });
  const custom = (scriptPath: string) => ({ kind: 'custom' as const, scriptPath });
  const key = (
    scenario: ActionConfig['scenario'],
    profile: ActionConfig['profile'],
    commentKey: string | null = null,
  ) => commentKeyFor({ scenario, profile, commentKey });

  it('two custom scripts get two comments', () => {
    expect(key(custom('/w/load/checkout.js'), 'full')).toBe('script-checkout.js');
    expect(key(custom('/w/load/search.js'), 'full')).toBe('script-search.js');
  });

  it("one scenario's two profiles get two comments; the full run keeps the key it always had", () => {
    expect(key(bundled('enqueue'), 'full')).toBe('enqueue');
    expect(key(bundled('enqueue'), 'quick')).toBe('enqueue-quick');
  });

  it('comment-key tells apart the rest (two targets), and every key is a usable marker', () => {
    expect(key(bundled('spike'), 'quick', 'staging-eu')).toBe('spike-quick-staging-eu');
    const odd = key(custom('/w/load/<!-- x -->/é ü.js'), 'full', 'k');
    expect(() => commentMarker(odd)).not.toThrow();
    expect(commentMarker(key(custom(`/w/${'a'.repeat(200)}.js`), 'quick', 'k'))).toMatch(/^<!-- perf-gate:comment:/);
  });

  it('comment-key is an input, checked for the marker’s characters', () => {
    const env: ConfigEnvironment = {
      cwd: process.cwd(),
      actionRoot: process.cwd(),
      tempDir: '',
      nowMs: 0,
      plannedRunMs: () => 60_000,
    };
    const read = (value: string) =>
      readConfig((name) => ({ 'base-url': 'https://staging.example.com', 'comment-key': value })[name] ?? '', env);
    expect(read('staging-eu').commentKey).toBe('staging-eu');
    expect(read('').commentKey).toBeNull();
    expect(() => read('a b')).toThrow(`Input 'comment-key': "a b" is not a comment key`);
  });
});

describe('case 9: markers nested in the report are stripped until none is left', () => {
  it('a script named after a nested marker leaves no working marker in the body', () => {
    const nested = '<!-- perf-gate:comment:<!-- perf-gate:comment -->enqueue -->';
    const body = stickyCommentBody(`Scenario ${nested}.js\n${nested}${nested}`, commentMarker('script-x'));
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- perf-gate:comment:script-x -->');
    expect(lines.slice(1).join('\n')).not.toContain('<!-- perf-gate:comment');
    expect(body).not.toContain(commentMarker('enqueue'));
  });
});

describe('case 10: comment-author is trusted only as far as GitHub confirms it', () => {
  const PR = 17;
  let server: GitHubApiServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function publishTo(options: GitHubApiServerOptions, request: Partial<PublishRequest>) {
    server = await startGitHubApiServer(options);
    const warnings: string[] = [];
    const env: GitHubEnvironment = {
      eventName: 'pull_request',
      eventPath: '/github/workflow/event.json',
      repository: 'festin-team/festin',
      apiUrl: server.url,
    };
    const result = await publishComment(
      { token: 'ghs_token1234567890', body: 'report', mode: 'always', verdictStatus: 'fail', ...request },
      env,
      {
        logger: { warning: (m) => warnings.push(m), info: () => undefined },
        readFile: () => JSON.stringify({ pull_request: { number: PR } }),
        sleep: async () => undefined,
        client: { secondMs: 1, paceWrites: false },
      },
    );
    const writes = server.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    return { result, warnings, writes, comments: server.comments };
  }
  const quoting = (login: string) => ({
    issue: PR,
    body: `As the bot says:\n${COMMENT_MARKER}\nmy notes`,
    user: { login },
  });

  it("comment-author naming a person the token is not: that person's comment quoting the marker is left alone", async () => {
    const { result, warnings, writes, comments } = await publishTo(
      { identity: { kind: 'app', slug: 'perf-app' }, comments: [quoting('OctoCat')] },
      { commentAuthor: 'OctoCat' },
    );
    expect(result.action).toBe('skipped');
    expect(writes).toEqual([]);
    expect(comments[0]?.body).toBe(`As the bot says:\n${COMMENT_MARKER}\nmy notes`);
    expect(warnings).toEqual([
      "perf-gate did not publish the PR comment: comment-author is OctoCat, but the github-token comments as perf-app[bot] (GraphQL viewer); perf-gate edits only the token's own comments: set comment-author to perf-app[bot] or leave it empty. The job summary has the full report.",
    ]);
  });

  it('comment-author naming the token’s own user is confirmed and its comment updated', async () => {
    const { result, comments } = await publishTo(
      { identity: { kind: 'user', login: 'perf-bot' }, comments: [quoting('perf-bot')] },
      { commentAuthor: 'Perf-Bot' },
    );
    expect(result.action).toBe('updated');
    expect(comments[0]?.body).toBe(`${COMMENT_MARKER}\nreport`);
  });

  it("an app login taken on trust edits only a bot's comment, never a person's", async () => {
    const { result, comments } = await publishTo(
      {
        identity: { kind: 'app', slug: 'perf-app' },
        comments: [{ ...quoting('perf-app[bot]'), user: { login: 'perf-app[bot]', type: 'User' } }],
      },
      { commentAuthor: 'perf-app[bot]' },
    );
    expect(result.action).toBe('created');
    expect(comments.map((c) => c.body)).toEqual([
      `As the bot says:\n${COMMENT_MARKER}\nmy notes`,
      `${COMMENT_MARKER}\nreport`,
    ]);
  });
});
