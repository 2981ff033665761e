/** Where the PR comment goes: read from the runner's environment and event payload, nothing else. */
import { readFileSync } from 'node:fs';

/** The runner variables publishing depends on (read once, at call time, so tests can pass their own). */
export interface GitHubEnvironment {
  /** GITHUB_EVENT_NAME, e.g. "pull_request". */
  eventName: string | null;
  /** GITHUB_EVENT_PATH: the webhook payload of the triggering event, as JSON. */
  eventPath: string | null;
  /** GITHUB_REPOSITORY: "owner/name". */
  repository: string | null;
  /** GITHUB_API_URL: https://api.github.com, or GitHub Enterprise's https://HOST/api/v3. */
  apiUrl: string;
}

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  /** API base without a trailing slash. */
  apiUrl: string;
}

export type PullRequestLookup = { found: true; pullRequest: PullRequestContext } | { found: false; reason: string };

export function gitHubEnvironmentFrom(env: NodeJS.ProcessEnv = process.env): GitHubEnvironment {
  return {
    eventName: nonEmpty(env['GITHUB_EVENT_NAME']),
    eventPath: nonEmpty(env['GITHUB_EVENT_PATH']),
    repository: nonEmpty(env['GITHUB_REPOSITORY']),
    apiUrl: nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com',
  };
}

/**
 * The pull request this run belongs to, or why there is none. Never throws: a run outside a
 * pull request is normal (push, schedule, a local run) and only means no comment.
 */
export function readPullRequestContext(
  env: GitHubEnvironment,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): PullRequestLookup {
  const repository = env.repository?.split('/');
  if (repository?.length !== 2 || !repository[0] || !repository[1]) {
    return {
      found: false,
      reason: `GITHUB_REPOSITORY is ${env.repository === null ? 'not set' : `"${env.repository}", not "owner/name"`}`,
    };
  }
  if (env.eventPath === null)
    return { found: false, reason: 'GITHUB_EVENT_PATH is not set (not running in GitHub Actions?)' };

  let payload: unknown;
  try {
    payload = JSON.parse(readFile(env.eventPath));
  } catch (error) {
    return {
      found: false,
      reason: `the event payload ${env.eventPath} could not be read as JSON (${(error as Error).message})`,
    };
  }
  const number = pullRequestNumber(payload);
  if (number === null) {
    return { found: false, reason: `the "${env.eventName ?? 'unknown'}" event is not about a pull request` };
  }
  const [owner, repo] = repository;
  return { found: true, pullRequest: { owner, repo, number, apiUrl: env.apiUrl.replace(/\/+$/, '') } };
}

/** pull_request / pull_request_target carry `pull_request`; issue_comment carries `issue`, a PR only when it has `issue.pull_request`. */
function pullRequestNumber(payload: unknown): number | null {
  if (!isObject(payload)) return null;
  const pullRequest = payload['pull_request'];
  if (isObject(pullRequest) && isIssueNumber(pullRequest['number'])) return pullRequest['number'];
  const issue = payload['issue'];
  if (isObject(issue) && isObject(issue['pull_request']) && isIssueNumber(issue['number'])) return issue['number'];
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIssueNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}
