/**
 * The Octokit perf-gate talks to GitHub through, against the fake GitHub: retries of reads, never of
 * a POST, rate limits waited out per their headers within a bound, GHES paths, and the token kept
 * on the API host. GitHub's seconds last a millisecond here, so nothing sleeps for real.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError, rateLimitWait, toGitHubApiError } from '../../src/github/api-error.js';
import { createOctokit, type OctokitOptions } from '../../src/github/octokit.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

const NOW = Date.parse('2026-01-17T12:00:00Z');
let server: GitHubApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function octokitFor(apiUrl: string, waits: string[] = [], options: Partial<OctokitOptions> = {}) {
  return createOctokit({
    apiUrl,
    token: 'ghs_test',
    secondMs: 1,
    paceWrites: false,
    maxRateLimitWaitSeconds: 60,
    onWait: (message) => waits.push(message),
    ...options,
  });
}

/** The call's failure as perf-gate sees it. */
async function failureOf(call: Promise<unknown>, apiUrl: string): Promise<unknown> {
  return call.then(
    () => null,
    (error: unknown) => toGitHubApiError(error, apiUrl, 60_000, NOW),
  );
}

describe('rateLimitWait', () => {
  it("honours Retry-After in seconds or as a date, and an exhausted primary limit's reset", () => {
    expect(rateLimitWait({ status: 403, headers: { 'retry-after': '30' } }, NOW)).toBe(30_000);
    expect(rateLimitWait({ status: 429, headers: { 'retry-after': 'Sat, 17 Jan 2026 12:00:05 GMT' } }, NOW)).toBe(
      5_000,
    );
    expect(
      rateLimitWait(
        { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 20) } },
        NOW,
      ),
    ).toBe(20_000);
  });

  it('does not call a permission 403 or a 500 a rate limit', () => {
    expect(rateLimitWait({ status: 403, headers: { 'x-ratelimit-remaining': '4999' } }, NOW)).toBeNull();
    expect(rateLimitWait({ status: 500, headers: { 'retry-after': '1' } }, NOW)).toBeNull();
  });
});

describe('createOctokit', () => {
  it('repeats a GET after a 500 and sends the token as its Authorization header', async () => {
    server = await startGitHubApiServer({
      token: 'ghs_test',
      failures: [{ method: 'GET', path: '/user', status: 500, times: 2 }],
    });
    const failure = await failureOf(octokitFor(server.url).request('GET /user'), server.url);
    expect(failure).toMatchObject({ status: 403 });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'token ghs_test',
      'token ghs_test',
      'token ghs_test',
    ]);
  });

  it('gives up after three 5xx answers, naming the call and the status', async () => {
    server = await startGitHubApiServer({ failures: [{ status: 502 }] });
    const failure = await failureOf(octokitFor(server.url).request('GET /user'), server.url);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).message).toBe('GET /user: HTTP 502 (Server Error)');
    expect(server.requests).toHaveLength(3);
  });

  it('does not repeat a POST after a 5xx (it may have been carried out)', async () => {
    server = await startGitHubApiServer({ failures: [{ method: 'POST', status: 502, afterEffect: true }] });
    const failure = await failureOf(
      octokitFor(server.url).rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }),
      server.url,
    );
    expect(failure).toMatchObject({ status: 502, transient: true });
    expect(server.requests).toHaveLength(1);
    expect(server.comments).toHaveLength(1);
  });

  it("waits out a secondary rate limit's Retry-After, even for a POST", async () => {
    server = await startGitHubApiServer({
      failures: [
        {
          method: 'POST',
          status: 403,
          times: 1,
          headers: { 'retry-after': '7' },
          body: { message: 'You have exceeded a secondary rate limit.' },
        },
      ],
    });
    const waits: string[] = [];
    const { status } = await octokitFor(server.url, waits).rest.issues.createComment({
      owner: 'o',
      repo: 'r',
      issue_number: 1,
      body: 'x',
    });
    expect(status).toBe(201);
    expect(server.comments).toHaveLength(1);
    expect(waits).toEqual([
      "GitHub's secondary rate limit: waiting 7 s before POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    ]);
  });

  it('waits out an exhausted primary rate limit until its reset', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 10);
    server = await startGitHubApiServer({
      failures: [
        {
          method: 'GET',
          status: 403,
          times: 1,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          body: { message: 'API rate limit exceeded' },
        },
      ],
    });
    const waits: string[] = [];
    const octokit = octokitFor(server.url, waits);
    const failure = await failureOf(octokit.request('GET /user'), server.url);
    // The wait was taken, then GET /user answered as the fake's installation token does.
    expect(failure).toMatchObject({ status: 403, rateLimited: false });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatch(/^GitHub's primary rate limit: waiting 1[12] s before GET \/user$/);
  });

  it('does not wait for a rate limit longer than a minute, and says so', async () => {
    server = await startGitHubApiServer({
      failures: [
        {
          status: 403,
          headers: { 'retry-after': '3600' },
          body: { message: 'You have exceeded a secondary rate limit' },
        },
      ],
    });
    const waits: string[] = [];
    const failure = await failureOf(octokitFor(server.url, waits).request('GET /user'), server.url);
    expect(failure).toMatchObject({
      status: 403,
      rateLimited: true,
      detail: 'You have exceeded a secondary rate limit; rate limited for 3600 s, longer than perf-gate waits',
    });
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on a rate limit that does not lift after two waits', async () => {
    server = await startGitHubApiServer({
      failures: [
        { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } },
      ],
    });
    const waits: string[] = [];
    const failure = await failureOf(octokitFor(server.url, waits).request('GET /user'), server.url);
    expect(failure).toMatchObject({ status: 429, rateLimited: true });
    expect(waits).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it('follows Link pagination on a GitHub Enterprise path prefix, and asks GraphQL at /api/graphql', async () => {
    server = await startGitHubApiServer({
      basePath: '/api/v3',
      maxPerPage: 2,
      comments: [1, 2, 3, 4, 5].map((n) => ({ issue: 9, body: `c${n}`, user: { login: 'octocat' } })),
    });
    const octokit = octokitFor(server.url);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'festin-team',
      repo: 'festin',
      issue_number: 9,
      per_page: 100,
    });
    expect(comments.map((c) => c.body)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    await octokit.graphql('query { viewer { login } }');
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=100',
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=2&page=2',
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=2&page=3',
      '/api/graphql',
    ]);
  });

  it('never sends the token to a host a Link header points to', async () => {
    const failure = await failureOf(
      octokitFor('http://127.0.0.1:1').request('GET http://elsewhere.invalid/steal'),
      'http://127.0.0.1:1',
    );
    expect((failure as Error).message).toBe(
      'GET http://elsewhere.invalid/steal: no answer (link leads away from http://127.0.0.1:1)',
    );
  });

  it('reports an unreachable API as a transient failure without status, after retrying', async () => {
    server = await startGitHubApiServer();
    const url = server.url;
    await server.close();
    server = null;
    const failure = await failureOf(octokitFor(url).request('GET /user'), url);
    expect(failure).toMatchObject({ status: null, transient: true });
    expect((failure as GitHubApiError).detail).toMatch(/ECONNREFUSED/);
  });
});
