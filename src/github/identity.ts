/**
 * Who perf-gate comments as, so that only its own marked comment is ever updated. GitHub's GraphQL
 * `viewer { login }` answers for every kind of token: a personal token gives the user's login, and
 * an app installation token (the workflow's GITHUB_TOKEN, or another app's) gives the app's bot
 * login, `github-actions[bot]` or `my-app[bot]`, exactly as its comments show it in `user.login`.
 * GET /user is the fallback for a server without GraphQL; it refuses installation tokens (403), and
 * then the login is not guessed: a guess could post a duplicate or edit someone else's comment.
 */
import { GitHubApiError, toGitHubApiError } from './api-error.js';
import type { GitHubOctokit } from './octokit.js';

export interface CommentAuthor {
  login: string;
  /** How the login was learned, for the log. */
  source: 'GraphQL viewer' | 'GET /user' | 'configured';
}

/** Neither GraphQL nor GET /user told the token's login: the comment-author input must. */
export class CommentAuthorUnknownError extends Error {
  constructor(
    readonly graphqlProblem: string,
    readonly restProblem: string,
  ) {
    super(
      `perf-gate cannot tell which login the github-token comments as (GraphQL viewer: ${graphqlProblem}; GET /user: ${restProblem}), ` +
        "and a guess could post a second comment or edit someone else's: set the comment-author input to the login its comments show, e.g. my-app[bot]",
    );
    this.name = 'CommentAuthorUnknownError';
  }
}

/**
 * Throws GitHubApiError when GitHub cannot be asked (bad credentials, outage), and
 * CommentAuthorUnknownError when it answers but will not say.
 */
export async function resolveCommentAuthor(
  octokit: GitHubOctokit,
  apiUrl: string,
  maxWaitMs: number,
): Promise<CommentAuthor> {
  const asApiError = (error: unknown) => toGitHubApiError(error, apiUrl, maxWaitMs);
  let graphqlProblem: string;
  try {
    // Octokit asks GitHub Enterprise Server's …/api/graphql when the REST base is …/api/v3.
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } | null } | null>('query { viewer { login } }');
    const login = answer?.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login, source: 'GraphQL viewer' };
    graphqlProblem = 'the answer has no viewer login';
  } catch (error) {
    const failure = asApiError(error);
    if (failure instanceof GitHubApiError) {
      graphqlProblem = failure.status === null ? failure.detail : `HTTP ${failure.status} ${failure.detail}`;
    } else {
      const problem = graphqlErrors(error);
      if (problem === null) throw error;
      graphqlProblem = problem;
    }
  }
  try {
    const { data } = await octokit.request('GET /user').catch((error: unknown) => {
      throw asApiError(error);
    });
    const login = (data as { login?: unknown } | null)?.login;
    if (typeof login === 'string' && login !== '') return { login, source: 'GET /user' };
    throw new GitHubApiError('GET', '/user', 200, 'the answer has no login', false);
  } catch (error) {
    // 403: an installation token; 404: GitHub Enterprise without user endpoints for apps.
    if (error instanceof GitHubApiError && !error.rateLimited && (error.status === 403 || error.status === 404)) {
      throw new CommentAuthorUnknownError(graphqlProblem, `HTTP ${error.status} ${error.detail}`);
    }
    throw error;
  }
}

/** GraphQL reports errors in a 200 answer, which Octokit throws as GraphqlResponseError with its `errors`. */
function graphqlErrors(error: unknown): string | null {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return null;
  const messages = errors
    .map((e) => (e as { message?: unknown } | null)?.message)
    .filter((m): m is string => typeof m === 'string');
  return messages.length > 0 ? messages.join('; ').slice(0, 200) : null;
}

/** The comment-author input names someone the token is not (or cannot be shown to be). */
export class CommentAuthorMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommentAuthorMismatchError';
  }
}

/**
 * The author to edit comments as, given the comment-author input. An app's login (`…[bot]`) is
 * taken as given, for servers that will not say who an app token is: only comments GitHub marks
 * as a bot's are then edited, never a person's that quotes the marker. A person's login is
 * checked against the token's own, so `comment-author: OctoCat` cannot edit OctoCat's comments
 * with another token.
 */
export async function confirmCommentAuthor(
  configured: string,
  resolve: () => Promise<CommentAuthor>,
): Promise<CommentAuthor> {
  if (configured.toLowerCase().endsWith('[bot]')) return { login: configured, source: 'configured' };
  let actual: CommentAuthor;
  try {
    actual = await resolve();
  } catch (error) {
    if (!(error instanceof CommentAuthorUnknownError)) throw error;
    throw new CommentAuthorMismatchError(
      `comment-author is the user ${configured}, and GitHub would not confirm the github-token is that user (GraphQL viewer: ${error.graphqlProblem}; GET /user: ${error.restProblem}), so no comment of theirs is edited; for an app token give its login, e.g. my-app[bot]`,
    );
  }
  if (actual.login.toLowerCase() !== configured.toLowerCase()) {
    throw new CommentAuthorMismatchError(
      `comment-author is ${configured}, but the github-token comments as ${actual.login} (${actual.source}); perf-gate edits only the token's own comments: set comment-author to ${actual.login} or leave it empty`,
    );
  }
  return actual;
}

/**
 * Logins compare case-insensitively on GitHub. A login taken on trust (an app's, configured)
 * matches only comments GitHub marks as a bot's.
 */
export function isWrittenBy(
  comment: { user?: { login?: unknown; type?: unknown } | null },
  author: CommentAuthor,
): boolean {
  const login = comment.user?.login;
  if (typeof login !== 'string' || login.toLowerCase() !== author.login.toLowerCase()) return false;
  return author.source !== 'configured' || comment.user?.type === 'Bot';
}
