/**
 * The one Octokit perf-gate talks to GitHub through (the PR comment and the history branch):
 * @actions/github's getOctokit with the API URL given explicitly (@actions/github reads
 * GITHUB_API_URL once, at import), plugin-retry for 5xx and network failures, and
 * plugin-throttling for GitHub's rate limits.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { GitHubApiError } from './api-error.js';

export type GitHubOctokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or GitHub Enterprise Server's https://HOST/api/v3. */
  apiUrl: string;
  /** Retries of a call after a 5xx or no answer (default 2: three attempts). POSTs other than GraphQL get none. */
  retries?: number;
  /** Rate limits asking for a longer wait are not waited for (default 60 s). */
  maxRateLimitWaitSeconds?: number;
  /** Rate-limited attempts waited out per call (default 2). */
  rateLimitRetries?: number;
  /** What one second of GitHub's waits lasts here; tests pass 1 ms so nothing sleeps for real. */
  secondMs?: number;
  /** GitHub asks integrations to space writes a second apart; tests turn it off. Default true. */
  paceWrites?: boolean;
  /** Told of each rate-limit wait, for the log. */
  onWait?: (message: string) => void;
}

/** Rate limits asking for a longer wait are not waited out: the job would hang for them. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/** A limiter that lets every job through at once: stands in for throttling's one-write-a-second group. */
const unpaced = {
  key: () => ({ schedule: (_options: unknown, job: () => unknown) => job() }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

export function createOctokit(options: OctokitOptions): GitHubOctokit {
  const baseUrl = options.apiUrl.replace(/\/+$/, '');
  const secondMs = options.secondMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? MAX_RATE_LIMIT_WAIT_SECONDS;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryAfter > maxWait || retryCount >= rateLimitRetries) return false;
      options.onWait?.(`GitHub's ${kind} rate limit: waiting ${retryAfter} s before ${request.method} ${request.url}`);
      return true;
    };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl,
      retry: {
        retries: options.retries ?? 2,
        retryAfterBaseValue: secondMs,
        // Rate limits (403, 429) are throttling's to wait out; the rest would fail the same way again.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: secondMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {}),
      },
    },
    retry,
    throttling,
  );
  const origin = new URL(baseUrl).origin;
  octokit.hook.before('request', (request) => {
    const url = new URL(request.url, `${request.baseUrl}/`);
    // The token goes only to the API host: a Link header pointing elsewhere is not followed.
    if (url.origin !== origin) {
      throw new GitHubApiError(request.method, request.url, null, `link leads away from ${origin}`, false);
    }
    // A POST without a clear answer may have been carried out (a comment created): never send it
    // twice. GraphQL's POST is a question, safe to repeat.
    if (request.method === 'POST' && !url.pathname.endsWith('/graphql')) {
      request.request = { ...request.request, retries: 0 };
    }
  });
  return octokit;
}
