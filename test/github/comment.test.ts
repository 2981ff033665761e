import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubEnvironment } from '../../src/github/context.js';
import { COMMENT_MARKER, commentMarker } from '../../src/github/marker.js';
import { publishComment, type PublishDeps, type PublishRequest } from '../../src/github/comment.js';
import {
  startGitHubApiServer,
  type GitHubApiServer,
  type GitHubApiServerOptions,
} from '../support/github-api-server.js';

const TOKEN = 'ghs_SECRETtoken1234567890';
const PR = 17;
const COMMENTS_PATH = `/repos/festin-team/festin/issues/${PR}/comments`;

let server: GitHubApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Harness {
  server: GitHubApiServer;
  warnings: string[];
  waits: number[];
  publish(
    overrides?: Partial<PublishRequest>,
    eventPayload?: unknown,
    deps?: Partial<PublishDeps>,
  ): ReturnType<typeof publishComment>;
}

async function harness(options: GitHubApiServerOptions = {}): Promise<Harness> {
  server = await startGitHubApiServer(options);
  const api = server;
  const warnings: string[] = [];
  const logged: string[] = [];
  const waits: number[] = [];
  return {
    server: api,
    warnings,
    waits,
    publish: (overrides = {}, eventPayload = { pull_request: { number: PR } }, deps = {}) => {
      const env: GitHubEnvironment = {
        eventName: 'pull_request',
        eventPath: '/github/workflow/event.json',
        repository: 'festin-team/festin',
        apiUrl: api.url,
      };
      const allDeps: PublishDeps = {
        logger: { warning: (m) => warnings.push(m), info: (m) => logged.push(m) },
        readFile: () => JSON.stringify(eventPayload),
        sleep: async (ms) => void waits.push(ms),
        client: { secondMs: 1, paceWrites: false },
        ...deps,
      };
      return publishComment(
        { token: TOKEN, body: '## perf-gate: fail', mode: 'always', verdictStatus: 'fail', ...overrides },
        env,
        allDeps,
      );
    },
  };
}

/** Calls that change something: not the listing, not the GraphQL question of who the token is. */
const writes = (api: GitHubApiServer) =>
  api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);

describe('publishComment: the sticky comment', () => {
  it('creates the comment on the first run, marker on top, as github-actions[bot]', async () => {
    const h = await harness();
    const result = await h.publish();
    const comment = h.server.comments[0]!;
    expect(result).toEqual({
      url: `https://github.com/festin-team/festin/pull/${PR}#issuecomment-${comment.id}`,
      action: 'created',
      warning: null,
    });
    expect(comment.body).toBe(`${COMMENT_MARKER}\n## perf-gate: fail`);
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(h.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      `GET ${COMMENTS_PATH}?per_page=100`,
      `POST ${COMMENTS_PATH}`,
    ]);
    expect(h.warnings).toEqual([]);
  });

  it('updates the same comment in place on a re-run', async () => {
    const h = await harness();
    await h.publish();
    const result = await h.publish({ body: '## perf-gate: pass', verdictStatus: 'pass' });
    expect(h.server.comments.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\n## perf-gate: pass`]);
    expect(result.action).toBe('updated');
    expect(writes(h.server)).toEqual([
      `POST ${COMMENTS_PATH}`,
      `PATCH /repos/festin-team/festin/issues/comments/${h.server.comments[0]!.id}`,
    ]);
  });

  it("never touches someone else's comment that quotes the marker", async () => {
    const quoted = `> ${COMMENT_MARKER}\n> ## perf-gate: fail\nwhy did this fail?`;
    const h = await harness({ comments: [{ issue: PR, body: quoted, user: { login: 'octocat' } }] });
    const result = await h.publish();
    expect(result.action).toBe('created');
    expect(h.server.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['octocat', quoted],
      ['github-actions[bot]', `${COMMENT_MARKER}\n## perf-gate: fail`],
    ]);
  });

  it("with a personal token, finds its own comment through GET /user, not github-actions[bot]'s", async () => {
    const h = await harness({
      identity: { kind: 'user', login: 'Perf-Bot' },
      comments: [
        { issue: PR, body: `${COMMENT_MARKER}\nfrom the workflow token`, user: { login: 'github-actions[bot]' } },
        { issue: PR, body: `${COMMENT_MARKER}\nold`, user: { login: 'perf-bot' } },
      ],
    });
    const result = await h.publish();
    expect(result.action).toBe('updated');
    expect(h.server.comments.map((c) => c.body)).toEqual([
      `${COMMENT_MARKER}\nfrom the workflow token`,
      `${COMMENT_MARKER}\n## perf-gate: fail`,
    ]);
  });

  it('keeps two keyed perf-gate steps in two comments', async () => {
    const h = await harness();
    await h.publish({ key: 'enqueue', body: 'enqueue 1' });
    await h.publish({ key: 'spike', body: 'spike 1' });
    await h.publish({ key: 'enqueue', body: 'enqueue 2' });
    await h.publish({ key: 'spike', body: `${COMMENT_MARKER}\nspike 2` });
    expect(h.server.comments.map((c) => c.body)).toEqual([
      `${commentMarker('enqueue')}\nenqueue 2`,
      `${commentMarker('spike')}\nspike 2`,
    ]);
  });

  it('finds its comment on a later page of a long conversation', async () => {
    const chatter = Array.from({ length: 5 }, (_, i) => ({
      issue: PR,
      body: `comment ${i}`,
      user: { login: 'octocat' },
    }));
    const h = await harness({
      maxPerPage: 2,
      comments: [...chatter, { issue: PR, body: `${COMMENT_MARKER}\nold`, user: { login: 'github-actions[bot]' } }],
    });
    const result = await h.publish();
    expect(result.action).toBe('updated');
    expect(h.server.comments).toHaveLength(6);
  });

  it("posts no second comment when a POST's answer was lost (502 after creating it)", async () => {
    const h = await harness({
      failures: [{ method: 'POST', path: COMMENTS_PATH, status: 502, times: 1, afterEffect: true }],
    });
    const result = await h.publish();
    expect(result.action).toBe('updated');
    expect(h.server.comments).toHaveLength(1);
    expect(writes(h.server)).toEqual([
      `POST ${COMMENTS_PATH}`,
      `PATCH /repos/festin-team/festin/issues/comments/${h.server.comments[0]!.id}`,
    ]);
  });
});

describe('publishComment: comment modes', () => {
  it('never: no API call and no warning', async () => {
    const h = await harness();
    expect(await h.publish({ mode: 'never' })).toEqual({ url: null, action: 'skipped', warning: null });
    expect(h.server.requests).toEqual([]);
    expect(h.warnings).toEqual([]);
  });

  it('on-failure: a passing run without an earlier comment posts nothing', async () => {
    const h = await harness();
    expect(await h.publish({ mode: 'on-failure', verdictStatus: 'pass' })).toEqual({
      url: null,
      action: 'skipped',
      warning: null,
    });
    expect(writes(h.server)).toEqual([]);
    expect(h.warnings).toEqual([]);
  });

  it('on-failure: a warn verdict posts, and a later pass updates it so no stale failure stays', async () => {
    const h = await harness();
    expect((await h.publish({ mode: 'on-failure', verdictStatus: 'warn', body: 'warn' })).action).toBe('created');
    expect((await h.publish({ mode: 'on-failure', verdictStatus: 'pass', body: 'pass' })).action).toBe('updated');
    expect(h.server.comments.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\npass`]);
  });
});

describe('publishComment: failures end in one warning', () => {
  it("a fork's read-only token (403 on POST)", async () => {
    const h = await harness({ failures: [{ method: 'POST', path: COMMENTS_PATH, status: 403 }] });
    const result = await h.publish();
    expect(result.action).toBe('skipped');
    expect(h.warnings).toEqual([
      `perf-gate did not publish the PR comment: the github-token may not write comments on festin-team/festin#${PR} (403 Resource not accessible by integration). ` +
        'A pull request from a fork gets a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`. The job summary has the full report.',
    ]);
    expect(result.warning).toBe(h.warnings[0]);
    expect(h.server.comments).toEqual([]);
  });

  it('no token, and an event that is not a pull request: no API call', async () => {
    const h = await harness();
    await h.publish({ token: null });
    await h.publish({}, { ref: 'refs/heads/main' });
    expect(h.warnings).toEqual([
      'perf-gate did not publish the PR comment: no github-token was given. The job summary has the full report.',
      'perf-gate did not publish the PR comment: the "pull_request" event is not about a pull request. The job summary has the full report.',
    ]);
    expect(h.server.requests).toEqual([]);
  });

  it('5xx: retried, then one warning after three attempts', async () => {
    const h = await harness({ failures: [{ method: 'GET', path: COMMENTS_PATH, status: 503 }] });
    const result = await h.publish();
    expect(result.action).toBe('skipped');
    expect(h.warnings).toEqual([
      `perf-gate did not publish the PR comment: GitHub kept failing for GET ${COMMENTS_PATH}?per_page=100 (HTTP 503: Service Unavailable). The job summary has the full report.`,
    ]);
    expect(h.server.requests.filter((r) => r.method === 'GET' && r.path.startsWith(COMMENTS_PATH))).toHaveLength(3);
  });

  it('a 500 once is absorbed by the retry', async () => {
    const h = await harness({ failures: [{ method: 'GET', path: COMMENTS_PATH, status: 500, times: 1 }] });
    expect((await h.publish()).action).toBe('created');
    expect(h.warnings).toEqual([]);
  });

  it("422: GitHub's validation message in the warning", async () => {
    const h = await harness({
      failures: [
        {
          method: 'POST',
          path: COMMENTS_PATH,
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'unprocessable',
                field: 'data',
                message: 'Could not resolve to a node',
              },
            ],
          },
        },
      ],
    });
    await h.publish();
    expect(h.warnings).toEqual([
      `perf-gate did not publish the PR comment: GitHub rejected the comment on festin-team/festin#${PR} (422 Validation Failed: Could not resolve to a node). The job summary has the full report.`,
    ]);
  });

  it('404: the pull request cannot be seen', async () => {
    const h = await harness({ failures: [{ method: 'GET', path: COMMENTS_PATH, status: 404 }] });
    await h.publish();
    expect(h.warnings).toEqual([
      `perf-gate did not publish the PR comment: GitHub answered 404 for GET ${COMMENTS_PATH}?per_page=100: festin-team/festin#${PR} does not exist or the token cannot see it. The job summary has the full report.`,
    ]);
  });

  it('an unknown identity (GraphQL and GET /user keep failing) posts nothing rather than guess', async () => {
    const h = await harness({
      failures: [
        { path: '/graphql', status: 500 },
        { path: '/user', status: 500 },
      ],
    });
    await h.publish();
    expect(writes(h.server)).toEqual([]);
    expect(h.warnings).toHaveLength(1);
  });

  it('a refused token: 401, and the token appears in no request path, warning or result', async () => {
    const h = await harness({ token: 'ghs_the_right_one' });
    const result = await h.publish();
    expect(h.warnings).toEqual([
      'perf-gate did not publish the PR comment: GitHub refused the github-token for GET /user (401 Bad credentials): it is invalid or expired. The job summary has the full report.',
    ]);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(h.server.requests.every((r) => !r.path.includes(TOKEN) && !r.body.includes(TOKEN))).toBe(true);
  });
});
