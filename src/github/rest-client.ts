/**
 * The few GitHub REST calls perf-gate makes, with GitHub's retry rules. Built on @actions/http-client
 * rather than getOctokit: @actions/github reads GITHUB_API_URL once, when the module is first
 * imported (lib/utils.js `const baseUrl = getApiBaseUrl()`), while we need the base URL of the call,
 * each response's status and headers (Retry-After, rate-limit reset) and no retries of our POST.
 */
import { HttpClient } from '@actions/http-client';
import { networkReason } from '../net/network-reason.js';
import { sleep as realSleep } from '../net/sleep.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH';

/** A call that did not succeed. Its message names the call and GitHub's answer, never the token. */
export class GitHubApiError extends Error {
  constructor(
    readonly method: HttpMethod,
    readonly path: string,
    /** HTTP status, or null when GitHub could not be reached at all. */
    readonly status: number | null,
    /** GitHub's own message (`message` plus any validation `errors`), or the network error. */
    readonly detail: string,
    /** Would asking again later plausibly work (5xx, network)? */
    readonly transient: boolean,
    /** GitHub refused because of a rate limit we did not wait out (so a 403 says nothing about permissions). */
    readonly rateLimited = false,
  ) {
    super(`${method} ${path}: ${status === null ? 'no answer' : `HTTP ${status}`} (${detail})`);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

export interface RestClientOptions {
  apiUrl: string;
  token: string;
  /** Waits between attempts; injectable so tests neither sleep nor depend on time. */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per call for 5xx, network errors and rate limits (default 3). */
  maxAttempts?: number;
  /** First 5xx back-off (default 1000 ms), doubled on each further attempt. */
  backoffMs?: number;
  /** A rate limit asking to wait longer than this is not waited for (default 60 s). */
  maxWaitMs?: number;
  now?: () => number;
}

export interface RequestOptions {
  /** Repeat the call on 5xx and network errors. False for POST: a 502 may still have created the comment. */
  retryTransient: boolean;
}

/** A hard stop for a list: 200 pages of 100 comments is beyond any real pull request. */
export const MAX_PAGES = 200;

export class GitHubRestClient {
  private readonly http = new HttpClient('perf-gate', [], { allowRetries: false, socketTimeout: 30_000 });
  private readonly origin: string;

  constructor(private readonly options: RestClientOptions) {
    this.origin = new URL(options.apiUrl).origin;
  }

  /** `path` is relative to the API base ("/repos/o/r/...") or an absolute URL on the same host (a Link header's). */
  async request(
    method: HttpMethod,
    path: string,
    body: unknown,
    { retryTransient }: RequestOptions,
  ): Promise<GitHubResponse> {
    const url = this.resolve(path);
    const label = url.startsWith(this.options.apiUrl) ? url.slice(this.options.apiUrl.length) : url;
    const maxAttempts = this.options.maxAttempts ?? 3;
    const sleep = this.options.sleep ?? realSleep;
    for (let attempt = 1; ; attempt++) {
      let failure: GitHubApiError;
      let waitMs: number | null;
      try {
        const response = await this.send(method, url, body);
        if (response.status >= 200 && response.status < 300) return response;
        waitMs = rateLimitWait(response, this.options.now?.() ?? Date.now());
        const detail = describeBody(response.json);
        if (waitMs !== null && waitMs > (this.options.maxWaitMs ?? 60_000)) {
          const wait = `rate limited for ${Math.ceil(waitMs / 1000)} s, longer than perf-gate waits`;
          throw new GitHubApiError(method, label, response.status, `${detail}; ${wait}`, false, true);
        }
        failure = new GitHubApiError(method, label, response.status, detail, response.status >= 500, waitMs !== null);
      } catch (error) {
        if (error instanceof GitHubApiError) throw error;
        failure = new GitHubApiError(method, label, null, networkReason(error, { withCode: true }), true);
        waitMs = null;
      }
      const retryable = waitMs !== null || (failure.transient && retryTransient);
      if (!retryable || attempt >= maxAttempts) throw failure;
      await sleep(waitMs ?? (this.options.backoffMs ?? 1000) * 2 ** (attempt - 1));
    }
  }

  /**
   * Every page of a list call, following Link rel="next" (GitHub's documented pagination), up to
   * `maxPages`: `truncated` says the list went on beyond them, so the caller can say what it missed.
   */
  async paginate(path: string, maxPages = MAX_PAGES): Promise<{ items: unknown[]; truncated: boolean }> {
    const items: unknown[] = [];
    let next: string | null = path;
    for (let page = 0; next !== null; page++) {
      if (page >= maxPages) return { items, truncated: true };
      const response = await this.request('GET', next, undefined, { retryTransient: true });
      if (!Array.isArray(response.json)) {
        throw new GitHubApiError('GET', path, response.status, 'the answer is not a JSON array', false);
      }
      items.push(...(response.json as unknown[]));
      next = nextLink(header(response.headers, 'link'));
    }
    return { items, truncated: false };
  }

  private resolve(path: string): string {
    if (!/^https?:\/\//.test(path)) return `${this.options.apiUrl}${path}`;
    // The token goes only to the API host: a Link header pointing elsewhere is not followed.
    if (new URL(path).origin !== this.origin)
      throw new GitHubApiError('GET', path, null, `link leads away from ${this.origin}`, false);
    return path;
  }

  private async send(method: HttpMethod, url: string, body: unknown): Promise<GitHubResponse> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.options.token}`,
      accept: 'application/vnd.github+json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.http.request(method, url, body === undefined ? null : JSON.stringify(body), headers);
    const text = await response.readBody();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = text.slice(0, 200);
    }
    return { status: response.message.statusCode ?? 0, headers: response.message.headers, json };
  }
}

/**
 * How long GitHub asks us to wait, or null when it did not ask: `Retry-After` (seconds or a date;
 * secondary rate limits), or `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds).
 */
export function rateLimitWait(response: Pick<GitHubResponse, 'status' | 'headers'>, nowMs: number): number | null {
  if (response.status !== 403 && response.status !== 429) return null;
  const retryAfter = header(response.headers, 'retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  const reset = Number(header(response.headers, 'x-ratelimit-reset'));
  if (header(response.headers, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - nowMs);
  }
  return null;
}

/** The rel="next" URL of a Link header: `<url>; rel="next", <url>; rel="last"`. */
export function nextLink(link: string | null): string | null {
  if (link === null) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1] ?? null;
  }
  return null;
}

function header(headers: GitHubResponse['headers'], name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value.join(', ');
  return value ?? null;
}

/** GitHub's error JSON: `{ message, errors?: [{ message?, code, field? }] }`. */
function describeBody(json: unknown): string {
  if (typeof json === 'string') return json || 'empty answer';
  if (typeof json !== 'object' || json === null) return 'empty answer';
  const { message, errors } = json as { message?: unknown; errors?: unknown };
  const parts = typeof message === 'string' ? [message] : [];
  if (Array.isArray(errors)) {
    for (const item of errors as Array<Record<string, unknown>>) {
      const text = item['message'] ?? [item['field'], item['code']].filter(Boolean).join(' ');
      if (typeof text === 'string' && text !== '') parts.push(text);
    }
  }
  return parts.join(': ').slice(0, 300) || 'no message';
}
