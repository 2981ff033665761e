/**
 * The sticky PR comment: one per pull request (and comment key), found by its hidden marker among
 * the comments perf-gate's own identity wrote, created once and updated in place on every re-run.
 * Publishing is best effort: every failure ends in one warning, never in an exception, so the
 * verdict and the job summary stand whatever GitHub answers.
 */
import * as core from '@actions/core';
import type { CommentMode } from '../config/types.js';
import type { CheckStatus } from '../judge/types.js';
import {
  gitHubEnvironmentFrom,
  readPullRequestContext,
  type GitHubEnvironment,
  type PullRequestContext,
} from './context.js';
import { CommentAuthorUnknownError, isWrittenBy, resolveCommentAuthor, type CommentAuthor } from './identity.js';
import { commentMarker, hasMarker, stickyCommentBody } from './marker.js';
import { GitHubApiError, GitHubRestClient } from './rest-client.js';
import { sleep } from '../net/sleep.js';

export interface PublishRequest {
  /** Never logged; the caller masks it with core.setSecret. */
  token: string | null;
  /** The rendered markdown; perf-gate's marker is put at its top (see stickyCommentBody). */
  body: string;
  mode: CommentMode;
  verdictStatus: CheckStatus;
  /** Keeps several perf-gate steps of one workflow in separate comments, e.g. "enqueue" / "spike". */
  key?: string;
  /** The login the token's comments show (the comment-author input); when absent, GitHub is asked. */
  commentAuthor?: string | null;
}

export interface PublishResult {
  /** html_url of the comment created or updated. */
  url: string | null;
  action: 'created' | 'updated' | 'skipped';
  /** The one warning already given through the logger, if any (for the job summary). */
  warning: string | null;
}

export interface PublishLogger {
  warning(message: string): void;
  info(message: string): void;
}

export interface PublishDeps {
  logger?: PublishLogger;
  readFile?: (path: string) => string;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Attempts per API call, and rounds of list-then-write (default 3). */
  maxAttempts?: number;
  backoffMs?: number;
  /** Pages of comments listed at most (default MAX_PAGES). */
  maxPages?: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: unknown } | null;
}

const defaultLogger: PublishLogger = { warning: (m) => core.warning(m), info: (m) => core.info(m) };

export async function publishComment(
  request: PublishRequest,
  env: GitHubEnvironment = gitHubEnvironmentFrom(),
  deps: PublishDeps = {},
): Promise<PublishResult> {
  const logger = deps.logger ?? defaultLogger;
  const warn = (reason: string): PublishResult => {
    const warning = redact(
      `perf-gate did not publish the PR comment: ${reason}. The job summary has the full report.`,
      request.token,
    );
    logger.warning(warning);
    return { url: null, action: 'skipped', warning };
  };

  if (request.mode === 'never') {
    logger.info('PR comment: skipped (comment: never).');
    return { url: null, action: 'skipped', warning: null };
  }
  if (request.token === null || request.token.trim() === '') return warn('no github-token was given');
  let marker: string;
  try {
    marker = commentMarker(request.key);
  } catch (error) {
    return warn((error as Error).message);
  }
  const lookup = readPullRequestContext(env, deps.readFile);
  if (!lookup.found) return warn(lookup.reason);
  const pullRequest = lookup.pullRequest;

  const client = new GitHubRestClient({
    apiUrl: pullRequest.apiUrl,
    token: request.token,
    sleep: deps.sleep,
    now: deps.now,
    maxAttempts: deps.maxAttempts,
    backoffMs: deps.backoffMs,
  });
  try {
    const author: CommentAuthor = request.commentAuthor
      ? { login: request.commentAuthor, source: 'configured' }
      : await resolveCommentAuthor(client, pullRequest.apiUrl);
    const result = await upsert(client, pullRequest, author, marker, request, { ...deps, logger });
    logger.info(
      result.action === 'skipped'
        ? 'PR comment: skipped (comment: on-failure, the run passed and there is no earlier comment to correct).'
        : `PR comment ${result.action} as ${author.login} (${author.source}): ${result.url ?? '(no url)'}`,
    );
    return result;
  } catch (error) {
    return warn(describeFailure(error, pullRequest));
  }
}

async function upsert(
  client: GitHubRestClient,
  pr: PullRequestContext,
  author: CommentAuthor,
  marker: string,
  request: PublishRequest,
  deps: PublishDeps & { logger: PublishLogger },
): Promise<PublishResult> {
  const repoPath = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`;
  const body = stickyCommentBody(request.body, marker);
  const rounds = deps.maxAttempts ?? 3;
  for (let round = 1; ; round++) {
    const listing = await client.paginate(`${repoPath}/issues/${pr.number}/comments?per_page=100`, deps.maxPages);
    const comments = listing.items.filter(isIssueComment);
    // The oldest of ours: the one the PR's readers have seen since the first run.
    const ours = comments.find((comment) => hasMarker(comment.body, marker) && isWrittenBy(comment, author));
    if (ours === undefined && listing.truncated && round === 1) {
      deps.logger.warning(
        `PR comment: stopped listing the comments of ${pr.owner}/${pr.repo}#${pr.number} after ${comments.length} without finding perf-gate's earlier comment; if it comes later, this run posts a duplicate.`,
      );
    }
    if (ours === undefined && request.mode === 'on-failure' && request.verdictStatus === 'pass') {
      return { url: null, action: 'skipped', warning: null };
    }
    try {
      if (ours !== undefined) {
        const { json } = await client.request(
          'PATCH',
          `${repoPath}/issues/comments/${ours.id}`,
          { body },
          { retryTransient: true },
        );
        return { url: htmlUrl(json) ?? ours.html_url ?? null, action: 'updated', warning: null };
      }
      const { json } = await client.request(
        'POST',
        `${repoPath}/issues/${pr.number}/comments`,
        { body },
        { retryTransient: false },
      );
      return { url: htmlUrl(json), action: 'created', warning: null };
    } catch (error) {
      // A POST without a clear answer may have created the comment after all, and a PATCH 404 means
      // ours was deleted meanwhile: list again rather than post blindly (exactly one comment).
      const lookAgain =
        error instanceof GitHubApiError && (ours === undefined ? error.transient : error.status === 404);
      if (!lookAgain || round >= rounds) throw error;
      await (deps.sleep ?? sleep)((deps.backoffMs ?? 1000) * round);
    }
  }
}

/** One sentence on what went wrong and what to do about it. */
export function describeFailure(error: unknown, pr: PullRequestContext): string {
  if (error instanceof CommentAuthorUnknownError) return error.message;
  if (!(error instanceof GitHubApiError))
    return `unexpected error (${error instanceof Error ? error.message : String(error)})`;
  const call = `${error.method} ${error.path}`;
  const where = `${pr.owner}/${pr.repo}#${pr.number}`;
  if (error.rateLimited) return `GitHub's rate limit refused ${call} (${error.detail})`;
  switch (error.status) {
    case null:
      return `GitHub's API at ${pr.apiUrl} could not be reached for ${call} (${error.detail})`;
    case 401:
      return `GitHub refused the github-token for ${call} (401 ${error.detail}): it is invalid or expired`;
    case 403:
      return (
        `the github-token may not ${error.method === 'GET' ? 'read' : 'write'} comments on ${where} (403 ${error.detail}). ` +
        'A pull request from a fork gets a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`'
      );
    case 404:
      return `GitHub answered 404 for ${call}: ${where} does not exist or the token cannot see it`;
    case 422:
      return `GitHub rejected the comment on ${where} (422 ${error.detail})`;
    default:
      return error.status >= 500
        ? `GitHub kept failing for ${call} (HTTP ${error.status}: ${error.detail})`
        : `GitHub answered ${call} with HTTP ${error.status} (${error.detail})`;
  }
}

function isIssueComment(value: unknown): value is IssueComment {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number';
}

function htmlUrl(json: unknown): string | null {
  const url = (json as { html_url?: unknown } | null)?.html_url;
  return typeof url === 'string' ? url : null;
}

/** Belt and braces: GitHub's messages never echo the token, but a warning must not carry it even if one did. */
function redact(text: string, token: string | null): string {
  return token !== null && token.length >= 4 ? text.split(token).join('***') : text;
}
