/**
 * The five GitHub REST calls the history branch needs, behind a small interface the store is
 * tested through. Endpoints (REST API 2022-11-28):
 * - Get repository content: GET /repos/{owner}/{repo}/contents/{path}?ref={branch}, asked for
 *   the object media type (application/vnd.github.object+json)
 *   → 200 { type: "file", encoding: "base64", content, sha }; 404 when the file or the ref is missing.
 *   Over 1 MB the default media type is refused (403 too_large); the object type answers with
 *   the sha and an empty content (encoding "none"), and the file is read as its blob:
 * - Get a blob: GET /repos/{owner}/{repo}/git/blobs/{sha} → { encoding: "base64", content }, up to 100 MB.
 * - Create or update file contents: PUT /repos/{owner}/{repo}/contents/{path}
 *   with { message, content (base64), branch, sha (required to replace a file) }
 *   → 200/201; 409 when `sha` is not the file's current one; 422 when `sha` is missing for an existing file.
 * - Get a reference: GET /repos/{owner}/{repo}/git/ref/heads/{branch} → { object: { sha } }; 404 when missing.
 * - Create a reference: POST /repos/{owner}/{repo}/git/refs with { ref: "refs/heads/{branch}", sha }
 *   → 201; 422 when it already exists.
 * - Get a repository: GET /repos/{owner}/{repo} → { default_branch }.
 */
import { GitHubApiError, toGitHubApiError } from '../github/api-error.js';
import { createOctokit, MAX_RATE_LIMIT_WAIT_SECONDS } from '../github/octokit.js';

export interface ContentsFile {
  text: string;
  /** Blob sha, which a replacing PUT must send back. */
  sha: string;
}

export interface HistoryGitHubApi {
  /** The file's text and sha on `branch`; null on 404 (no such file, or no such branch). */
  getFile(path: string, branch: string): Promise<ContentsFile | null>;
  /** Writes the file; `stale` when GitHub refused the sha (409/422) or the branch vanished (404). */
  putFile(
    path: string,
    branch: string,
    text: string,
    sha: string | null,
    message: string,
  ): Promise<'written' | 'stale'>;
  /** The branch's head commit sha; null when the branch does not exist. */
  branchHead(branch: string): Promise<string | null>;
  /** Creates the branch at `sha`; false when it already exists (another run made it first). */
  createBranch(branch: string, sha: string): Promise<boolean>;
  defaultBranch(): Promise<string>;
}

export interface OctokitHistoryApiOptions {
  token: string;
  /** The API URL (GITHUB_API_URL), given explicitly: @actions/github reads its own only once, at import. */
  apiUrl: string;
  owner: string;
  repo: string;
}

/**
 * A failed call as the one GitHub error type (rate limits and network causes read the same way
 * as for the PR comment), named by the call as history's messages say it.
 */
function callError(name: string, error: unknown, apiUrl: string): GitHubApiError {
  const [method = 'GET', ...rest] = name.split(' ');
  const path = rest.join(' ');
  const failure = toGitHubApiError(error, apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
  if (failure instanceof GitHubApiError)
    return new GitHubApiError(method, path, failure.status, failure.detail, failure.transient, failure.rateLimited);
  // Not an answer from GitHub (e.g. a malformed one): history still only degrades.
  return new GitHubApiError(method, path, null, error instanceof Error ? error.message : String(error), false);
}

/** The production HistoryGitHubApi, through @actions/github's Octokit. */
export function octokitHistoryApi(options: OctokitHistoryApiOptions): HistoryGitHubApi {
  const octokit = createOctokit({ token: options.token, apiUrl: options.apiUrl });
  const { owner, repo } = options;
  const call = async <T>(name: string, run: () => Promise<T>, answers: Record<number, () => T> = {}): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GitHubApiError) throw error;
      const failure = callError(name, error, options.apiUrl);
      const answer = failure.status === null ? undefined : answers[failure.status];
      if (answer) return answer();
      throw failure;
    }
  };
  return {
    getFile: (path, branch) =>
      call(
        `GET contents/${path}?ref=${branch}`,
        async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path,
            ref: branch,
            headers: { accept: 'application/vnd.github.object+json' },
          });
          const file = data as { type?: unknown; encoding?: unknown; content?: unknown; sha?: unknown };
          if (file.type !== 'file' || typeof file.sha !== 'string' || typeof file.content !== 'string') {
            throw new GitHubApiError('GET', `contents/${path}`, 200, 'not a file', false);
          }
          // Over 1 MB the contents API leaves the content out: the blob holds it.
          const base64 =
            file.encoding === 'base64'
              ? file.content
              : (await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha })).data.content;
          return { text: Buffer.from(base64, 'base64').toString('utf8'), sha: file.sha };
        },
        { 404: () => null },
      ),
    putFile: (path, branch, text, sha, message) =>
      call(
        `PUT contents/${path}`,
        async () => {
          await octokit.rest.repos.createOrUpdateFileContents({
            owner,
            repo,
            path,
            branch,
            message,
            content: Buffer.from(text, 'utf8').toString('base64'),
            ...(sha === null ? {} : { sha }),
          });
          return 'written' as const;
        },
        { 409: () => 'stale', 422: () => 'stale', 404: () => 'stale' },
      ),
    branchHead: (branch) =>
      call(
        `GET git/ref/heads/${branch}`,
        async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha,
        { 404: () => null },
      ),
    createBranch: (branch, sha) =>
      call(
        `POST git/refs (${branch})`,
        async () => {
          await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
          return true;
        },
        { 422: () => false },
      ),
    defaultBranch: () =>
      call(
        `GET repos/${owner}/${repo}`,
        async () => (await octokit.rest.repos.get({ owner, repo })).data.default_branch,
      ),
  };
}
