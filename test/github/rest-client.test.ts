import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError, GitHubRestClient, nextLink, rateLimitWait } from '../../src/github/rest-client.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

const NOW = Date.parse('2026-01-17T12:00:00Z');
let server: GitHubApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function clientFor(apiUrl: string, waits: number[]): GitHubRestClient {
  return new GitHubRestClient({ apiUrl, token: 'ghs_test', sleep: async (ms) => void waits.push(ms), now: () => NOW });
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

describe('nextLink', () => {
  it('finds rel="next" wherever it stands in the Link header', () => {
    expect(
      nextLink(
        '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"',
      ),
    ).toBe('https://api.github.com/x?page=3');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});

describe('GitHubRestClient', () => {
  it('repeats a GET after a 500 with back-off and sends the token as a Bearer header', async () => {
    server = await startGitHubApiServer({
      token: 'ghs_test',
      failures: [{ method: 'GET', path: '/user', status: 500, times: 2 }],
    });
    const waits: number[] = [];
    await expect(
      clientFor(server.url, waits).request('GET', '/user', undefined, { retryTransient: true }),
    ).rejects.toMatchObject({ status: 403 });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer ghs_test',
      'Bearer ghs_test',
      'Bearer ghs_test',
    ]);
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up after three 5xx answers', async () => {
    server = await startGitHubApiServer({ failures: [{ status: 502 }] });
    const waits: number[] = [];
    const failure = await clientFor(server.url, waits)
      .request('GET', '/user', undefined, { retryTransient: true })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).message).toBe('GET /user: HTTP 502 (Server Error)');
    expect(server.requests).toHaveLength(3);
  });

  it('does not repeat a POST after a 5xx (it may have been carried out)', async () => {
    server = await startGitHubApiServer({ failures: [{ method: 'POST', status: 502, afterEffect: true }] });
    const waits: number[] = [];
    await expect(
      clientFor(server.url, waits).request(
        'POST',
        '/repos/o/r/issues/1/comments',
        { body: 'x' },
        { retryTransient: false },
      ),
    ).rejects.toMatchObject({ status: 502, transient: true });
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
    const waits: number[] = [];
    const response = await clientFor(server.url, waits).request(
      'POST',
      '/repos/o/r/issues/1/comments',
      { body: 'x' },
      { retryTransient: false },
    );
    expect(response.status).toBe(201);
    expect(waits).toEqual([7000]);
  });

  it('does not wait for a rate limit longer than a minute, and says so', async () => {
    server = await startGitHubApiServer({
      failures: [{ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'API rate limit exceeded' } }],
    });
    const waits: number[] = [];
    const failure = await clientFor(server.url, waits)
      .request('GET', '/user', undefined, { retryTransient: true })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({
      status: 429,
      rateLimited: true,
      detail: 'API rate limit exceeded; rate limited for 3600 s, longer than perf-gate waits',
    });
    expect(waits).toEqual([]);
  });

  it('follows Link pagination on a GitHub Enterprise path prefix', async () => {
    server = await startGitHubApiServer({
      basePath: '/api/v3',
      maxPerPage: 2,
      comments: [1, 2, 3, 4, 5].map((n) => ({ issue: 9, body: `c${n}`, user: { login: 'octocat' } })),
    });
    const { items, truncated } = await clientFor(server.url, []).paginate(
      '/repos/festin-team/festin/issues/9/comments?per_page=100',
    );
    expect(truncated).toBe(false);
    expect(items.map((c) => (c as { body: string }).body)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=100',
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=2&page=2',
      '/api/v3/repos/festin-team/festin/issues/9/comments?per_page=2&page=3',
    ]);
  });

  it('never sends the token to a host a Link header points to', async () => {
    const client = clientFor('http://127.0.0.1:1', []);
    await expect(
      client.request('GET', 'http://elsewhere.invalid/steal', undefined, { retryTransient: true }),
    ).rejects.toThrow('GET http://elsewhere.invalid/steal: no answer (link leads away from http://127.0.0.1:1)');
  });

  it('reports an unreachable API as a transient failure without status', async () => {
    server = await startGitHubApiServer();
    const url = server.url;
    await server.close();
    server = null;
    const waits: number[] = [];
    const failure = await clientFor(url, waits)
      .request('GET', '/user', undefined, { retryTransient: true })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: null, transient: true });
    expect((failure as GitHubApiError).detail).toMatch(/ECONNREFUSED/);
    expect(waits).toEqual([1000, 2000]);
  });
});
