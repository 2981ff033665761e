/**
 * GitHub's refusals in perf-gate's words: which call, which status, GitHub's own message, never the
 * token. Octokit throws RequestError; everything downstream reasons about GitHubApiError.
 */
import { networkReason } from '../core/network-reason.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT';

/** A call that did not succeed. Its message names the call and GitHub's answer, never the token. */
export class GitHubApiError extends Error {
  constructor(
    readonly method: string,
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

type Headers = Record<string, string | number | string[] | undefined>;

/**
 * Octokit's RequestError as a GitHubApiError, the path relative to `apiUrl`. A RequestError without
 * a response is one where GitHub was never reached (Octokit gives those status 500).
 */
export function toGitHubApiError(error: unknown, apiUrl: string, maxWaitMs: number, nowMs = Date.now()): unknown {
  if (!isRequestError(error)) return error;
  const method = error.request.method;
  const url = error.request.url;
  const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
  if (error.response === undefined) {
    const cause = (error as { cause?: unknown }).cause;
    const reason = networkReason((cause as { cause?: unknown } | undefined)?.cause ?? cause ?? error, {
      withCode: true,
    });
    return new GitHubApiError(method, path, null, reason, true);
  }
  const { status, headers, data } = error.response;
  const detail = describeBody(data);
  const waitMs = rateLimitWait({ status, headers }, nowMs);
  if (waitMs !== null && waitMs > maxWaitMs) {
    const wait = `rate limited for ${Math.ceil(waitMs / 1000)} s, longer than perf-gate waits`;
    return new GitHubApiError(method, path, status, `${detail}; ${wait}`, false, true);
  }
  return new GitHubApiError(method, path, status, detail, status >= 500, waitMs !== null);
}

/** Octokit's RequestError, by shape: @octokit/request-error is Octokit's dependency, not ours. */
interface RequestErrorShape {
  status: number;
  request: { method: string; url: string };
  response?: { status: number; headers: Headers; data: unknown };
}

function isRequestError(error: unknown): error is RequestErrorShape {
  const candidate = error as Partial<RequestErrorShape> | null;
  return (
    error instanceof Error &&
    typeof candidate?.status === 'number' &&
    typeof candidate.request?.method === 'string' &&
    typeof candidate.request.url === 'string'
  );
}

/**
 * How long GitHub asks us to wait, or null when it did not ask: `Retry-After` (seconds or a date;
 * secondary rate limits), or `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds).
 */
export function rateLimitWait(response: { status: number; headers: Headers }, nowMs: number): number | null {
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

function header(headers: Headers, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined ? null : String(value);
}

/** GitHub's error JSON: `{ message, errors?: [{ message?, code, field? }] }`. */
function describeBody(json: unknown): string {
  if (typeof json === 'string') return json.slice(0, 200) || 'empty answer';
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
