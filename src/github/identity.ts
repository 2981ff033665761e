/**
 * Who perf-gate comments as, so that only its own marked comment is ever updated. A personal
 * access token (classic or fine-grained) can ask GET /user. The workflow's GITHUB_TOKEN is an app
 * installation token: GET /user answers 403 "Resource not accessible by integration", and its
 * comments are written by `github-actions[bot]`.
 */
import { GitHubApiError, type GitHubRestClient } from './rest-client.js';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface CommentAuthor {
  login: string;
  /** How the login was learned, for the log. */
  source: 'GET /user' | 'installation token' | 'configured';
}

/**
 * Throws GitHubApiError when GET /user fails for any other reason (bad credentials, outage): then
 * the author is unknown, and guessing could post a second comment or edit someone else's.
 */
export async function resolveCommentAuthor(client: GitHubRestClient): Promise<CommentAuthor> {
  try {
    const { json } = await client.request('GET', '/user', undefined, { retryTransient: true });
    const login = (json as { login?: unknown } | null)?.login;
    if (typeof login === 'string' && login !== '') return { login, source: 'GET /user' };
    throw new GitHubApiError('GET', '/user', 200, 'the answer has no login', false);
  } catch (error) {
    // 403: an installation token (the GITHUB_TOKEN); 404: GitHub Enterprise without user endpoints for apps.
    if (error instanceof GitHubApiError && !error.rateLimited && (error.status === 403 || error.status === 404)) {
      return { login: ACTIONS_BOT_LOGIN, source: 'installation token' };
    }
    throw error;
  }
}

/** Logins compare case-insensitively on GitHub. */
export function isWrittenBy(comment: { user?: { login?: unknown } | null }, author: CommentAuthor): boolean {
  const login = comment.user?.login;
  return typeof login === 'string' && login.toLowerCase() === author.login.toLowerCase();
}
