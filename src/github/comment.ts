/**
 * The sticky PR comment: one per pull request (and comment key), found by its hidden marker among
 * the comments perf-gate's own identity wrote, created once and updated in place on every re-run.
 * Publishing is best effort: every failure ends in one warning, never in an exception, so the
 * verdict and the job summary stand whatever GitHub answers.
 */
import type { CommentMode } from '../config/types.js';
import type { CheckStatus } from '../judge/types.js';
import {
  gitHubEnvironmentFrom,
  readPullRequestContext,
  type GitHubEnvironment,
  type PullRequestContext,
} from './context.js';
import {
  CommentAuthorMismatchError,
  CommentAuthorUnknownError,
  confirmCommentAuthor,
  isWrittenBy,
  resolveCommentAuthor,
  type CommentAuthor,
} from './identity.js';
import { commentMarker, hasMarker, stickyCommentBody } from './marker.js';
import { GitHubApiError, toGitHubApiError } from './api-error.js';
import { createOctokit, MAX_RATE_LIMIT_WAIT_SECONDS, type GitHubOctokit, type OctokitOptions } from './octokit.js';
import type { Log } from '../core/io.js';
import { sleep } from '../core/sleep.js';

/** A hard stop for a list: 200 pages of 100 comments is beyond any real pull request. */
export const MAX_PAGES = 200;

/** Events that never concern a pull request: no comment, and nothing to warn about. */
const RUNS_WITHOUT_PULL_REQUEST = new Set(['push', 'schedule', 'workflow_dispatch']);

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

export interface PublishDeps {
  logger: Log;
  readFile?: (path: string) => string;
  /** Waits between rounds of list-then-write; injectable so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** Rounds of list-then-write (default 3). */
  maxAttempts?: number;
  backoffMs?: number;
  /** How the client retries and waits (tests make GitHub's seconds milliseconds). */
  client?: Pick<OctokitOptions, 'retries' | 'secondMs' | 'paceWrites' | 'rateLimitRetries'>;
  /** Pages of comments listed at most (default MAX_PAGES). */
  maxPages?: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: unknown; type?: unknown } | null;
}

export async function publishComment(
  request: PublishRequest,
  env: GitHubEnvironment = gitHubEnvironmentFrom(),
  deps: PublishDeps,
): Promise<PublishResult> {
  const logger = deps.logger;
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
  if (env.eventName !== null && RUNS_WITHOUT_PULL_REQUEST.has(env.eventName)) {
    logger.info(`PR comment: skipped (a ${env.eventName} run belongs to no pull request).`);
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

  const octokit = createOctokit({
    ...deps.client,
    apiUrl: pullRequest.apiUrl,
    token: request.token,
    maxRateLimitWaitSeconds: MAX_RATE_LIMIT_WAIT_SECONDS,
    onWait: (message) => logger.info(message),
  });
  try {
    const resolve = () => resolveCommentAuthor(octokit, pullRequest.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
    const author: CommentAuthor = request.commentAuthor
      ? await confirmCommentAuthor(request.commentAuthor, resolve)
      : await resolve();
    const result = await upsert(octokit, pullRequest, author, marker, request, { ...deps, logger });
    logger.info(
      result.action === 'skipped'
        ? 'PR comment: skipped (comment: on-failure, the run passed and there is no earlier comment to correct).'
        : `PR comment ${result.action} as ${author.login} (${author.source}): ${result.url ?? '(no url)'}`,
    );
    return result;
  } catch (error) {
    return warn(whyNotCommented(error, pullRequest));
  }
}

async function upsert(
  octokit: GitHubOctokit,
  pr: PullRequestContext,
  author: CommentAuthor,
  marker: string,
  request: PublishRequest,
  deps: PublishDeps,
): Promise<PublishResult> {
  const asApiError = (error: unknown) => toGitHubApiError(error, pr.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
  const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
  const body = stickyCommentBody(request.body, marker);
  const rounds = deps.maxAttempts ?? 3;
  for (let round = 1; ; round++) {
    const listing = await listComments(octokit, issue, deps.maxPages ?? MAX_PAGES).catch((error: unknown) => {
      throw asApiError(error);
    });
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
        const { data } = await octokit.rest.issues.updateComment({ ...issue, comment_id: ours.id, body });
        return { url: htmlUrl(data) ?? ours.html_url ?? null, action: 'updated', warning: null };
      }
      // Sent once (createOctokit never repeats a POST): a lost answer is settled by listing again below.
      const { data } = await octokit.rest.issues.createComment({ ...issue, body });
      return { url: htmlUrl(data), action: 'created', warning: null };
    } catch (thrown) {
      const error = asApiError(thrown);
      // A POST without a clear answer may have created the comment after all, and a PATCH 404 means
      // ours was deleted meanwhile: list again rather than post blindly (exactly one comment).
      const lookAgain =
        error instanceof GitHubApiError && (ours === undefined ? error.transient : error.status === 404);
      if (!lookAgain || round >= rounds) throw error;
      await (deps.sleep ?? sleep)((deps.backoffMs ?? 1000) * round);
    }
  }
}

/** Every page of the PR's comments, up to `maxPages`: `truncated` says the list went on beyond them. */
async function listComments(
  octokit: GitHubOctokit,
  issue: { owner: string; repo: string; issue_number: number },
  maxPages: number,
): Promise<{ items: unknown[]; truncated: boolean }> {
  const items: unknown[] = [];
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) {
    items.push(...page.data);
    pages++;
    // Stop before asking for a page beyond the cap, but only call it truncated if GitHub has one.
    if (pages >= maxPages) return { items, truncated: /rel="next"/.test(page.headers.link ?? '') };
  }
  return { items, truncated: false };
}

/** Why the PR comment was not posted, in one sentence that says what to do about it. */
export function whyNotCommented(error: unknown, pr: PullRequestContext): string {
  if (error instanceof CommentAuthorUnknownError || error instanceof CommentAuthorMismatchError) return error.message;
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
