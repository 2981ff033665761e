/**
 * Whose comment is perf-gate's: the token's login from GraphQL `viewer` (app tokens included),
 * the comment-author input, no guess when GitHub will not say, and a listing read to its end or
 * a warning where it stopped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, type ConfigEnvironment } from '../../src/config/inputs.js';
import type { GitHubEnvironment } from '../../src/github/context.js';
import { COMMENT_MARKER } from '../../src/github/marker.js';
import { publishComment, type PublishDeps, type PublishRequest } from '../../src/github/comment.js';
import {
  startGitHubApiServer,
  type GitHubApiServer,
  type GitHubApiServerOptions,
} from '../support/github-api-server.js';

const PR = 17;
const COMMENTS_PATH = `/repos/festin-team/festin/issues/${PR}/comments`;

let server: GitHubApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function publishTo(
  options: GitHubApiServerOptions,
  request: Partial<PublishRequest> = {},
  deps: Partial<PublishDeps> = {},
) {
  server ??= await startGitHubApiServer(options);
  const api = server;
  const warnings: string[] = [];
  const env: GitHubEnvironment = {
    eventName: 'pull_request',
    eventPath: '/github/workflow/event.json',
    repository: 'festin-team/festin',
    apiUrl: api.url,
  };
  const result = await publishComment(
    { token: 'ghs_token1234567890', body: 'report', mode: 'always', verdictStatus: 'fail', ...request },
    env,
    {
      logger: { warning: (m) => warnings.push(m), info: () => undefined },
      readFile: () => JSON.stringify({ pull_request: { number: PR } }),
      sleep: async () => undefined,
      client: { secondMs: 1, paceWrites: false },
      ...deps,
    },
  );
  return { result, warnings, api };
}

const ours = (login: string, body = 'old') => ({ issue: PR, body: `${COMMENT_MARKER}\n${body}`, user: { login } });
const writes = (api: GitHubApiServer) =>
  api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);

describe('the comment author', () => {
  it("with another GitHub App's token, updates that app's own comment run after run (GraphQL viewer)", async () => {
    const options: GitHubApiServerOptions = {
      identity: { kind: 'app', slug: 'perf-app' },
      comments: [ours('github-actions[bot]', 'the workflow token'), ours('perf-app[bot]')],
    };
    const first = await publishTo(options);
    const second = await publishTo(options);
    expect([first.result.action, second.result.action]).toEqual(['updated', 'updated']);
    expect(server!.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', `${COMMENT_MARKER}\nthe workflow token`],
      ['perf-app[bot]', `${COMMENT_MARKER}\nreport`],
    ]);
    expect(server!.requests.filter((r) => r.path === '/user')).toEqual([]);
  });

  it('asks GitHub Enterprise Server at /api/graphql when the REST API is at /api/v3', async () => {
    const { result, api } = await publishTo({ basePath: '/api/v3', identity: { kind: 'app', slug: 'perf-app' } });
    expect(result.action).toBe('created');
    expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/api/graphql' });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({ query: 'query { viewer { login } }' });
    expect(api.comments[0]?.user.login).toBe('perf-app[bot]');
  });

  it('does not guess github-actions[bot] when GraphQL fails and GET /user answers 403: no write, a warning naming comment-author', async () => {
    const { result, warnings, api } = await publishTo({
      identity: { kind: 'user', login: 'perf-bot' },
      comments: [ours('github-actions[bot]')],
      failures: [
        { path: '/graphql', status: 404 },
        { path: '/user', status: 403 },
      ],
    });
    expect(result.action).toBe('skipped');
    expect(writes(api)).toEqual([]);
    expect(warnings).toEqual([
      "perf-gate did not publish the PR comment: perf-gate cannot tell which login the github-token comments as (GraphQL viewer: HTTP 404 Not Found; GET /user: HTTP 403 Resource not accessible by integration), and a guess could post a second comment or edit someone else's: set the comment-author input to the login its comments show, e.g. my-app[bot]. The job summary has the full report.",
    ]);
  });

  it('falls back to GET /user when GraphQL answers only errors', async () => {
    const { result, api } = await publishTo({
      identity: { kind: 'user', login: 'perf-bot' },
      comments: [ours('perf-bot')],
      failures: [{ path: '/graphql', status: 200, body: { errors: [{ message: 'Something went wrong' }] } }],
    });
    expect(result.action).toBe('updated');
    expect(api.requests.slice(0, 2).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql', 'GET /user']);
  });

  it('uses the comment-author input as the login without asking GitHub who the token is', async () => {
    const { result, api } = await publishTo(
      { identity: { kind: 'app', slug: 'perf-app' }, comments: [ours('perf-app[bot]'), ours('octocat')] },
      { commentAuthor: 'Perf-App[bot]' },
    );
    expect(result.action).toBe('updated');
    expect(api.comments.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nreport`, `${COMMENT_MARKER}\nold`]);
    expect(api.requests.some((r) => r.path === '/graphql' || r.path === '/user')).toBe(false);
  });
});

describe('the comment listing', () => {
  const chatter = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ issue: PR, body: `c${i}`, user: { login: 'octocat' } }));

  it('reads past 50 pages to find its comment at the end of a long conversation', async () => {
    const { result, api } = await publishTo({ maxPerPage: 1, comments: [...chatter(60), ours('github-actions[bot]')] });
    expect(result.action).toBe('updated');
    expect(api.comments).toHaveLength(61);
    expect(writes(api)).toEqual([`PATCH /repos/festin-team/festin/issues/comments/${api.comments[60]!.id}`]);
  });

  it('says where it stopped, and that a duplicate may follow, when the page cap is reached', async () => {
    const { result, warnings } = await publishTo(
      { maxPerPage: 2, comments: [...chatter(9), ours('github-actions[bot]')] },
      {},
      { maxPages: 3 },
    );
    expect(result.action).toBe('created');
    expect(warnings).toEqual([
      `PR comment: stopped listing the comments of festin-team/festin#${PR} after 6 without finding perf-gate's earlier comment; if it comes later, this run posts a duplicate.`,
    ]);
    expect(server!.requests.filter((r) => r.path.startsWith(COMMENTS_PATH) && r.method === 'GET')).toHaveLength(3);
  });
});

describe('the comment-author input', () => {
  const env: ConfigEnvironment = {
    cwd: process.cwd(),
    actionRoot: process.cwd(),
    tempDir: '',
    nowMs: 0,
    plannedRunMs: () => 60_000,
  };
  const read = (value: string) =>
    readConfig((name) => ({ 'base-url': 'https://staging.example.com', 'comment-author': value })[name] ?? '', env);

  it('is read as a login, app logins with [bot] included, and empty means ask GitHub', () => {
    expect(read('my-app[bot]').commentAuthor).toBe('my-app[bot]');
    expect(read('octo-cat').commentAuthor).toBe('octo-cat');
    expect(read('').commentAuthor).toBeNull();
  });

  it('refuses what is not a login, naming the input and the fix', () => {
    expect(() => read('@octocat')).toThrow(
      `Input 'comment-author': "@octocat" is not a GitHub login. Give the login the token's comments show, e.g. my-app[bot] for an app or octocat for a user, or leave it empty to ask GitHub`,
    );
  });
});
