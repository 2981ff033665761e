/** Where the PR comment goes: read from the runner's environment and event payload, nothing else. */
import { readFileSync } from 'node:fs';
import { isRecord } from '../core/is-record.js';

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
  if (!isRecord(payload)) return null;
  const pullRequest = payload['pull_request'];
  if (isRecord(pullRequest) && isIssueNumber(pullRequest['number'])) return pullRequest['number'];
  const issue = payload['issue'];
  if (isRecord(issue) && isRecord(issue['pull_request']) && isIssueNumber(issue['number'])) return issue['number'];
  return null;
}

function isIssueNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

/** The triggering event, read once per run: where the comment goes and which commit is under test. */
export interface RunEvent {
  environment: GitHubEnvironment;
  /** The event file's text, as publishing reads it (it throws what reading threw). */
  readEventFile: (path: string) => string;
  /** On a pull request the PR's head, not the merge commit GITHUB_SHA names. */
  commit: string | null;
}

export function readRunEvent(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RunEvent {
  const environment = gitHubEnvironmentFrom(env);
  let text: string | null = null;
  let failure: unknown = null;
  if (environment.eventPath !== null) {
    try {
      text = readFile(environment.eventPath);
    } catch (error) {
      failure = error;
    }
  }
  const readEventFile = (): string => {
    if (text === null) throw failure ?? new Error('GITHUB_EVENT_PATH is not set');
    return text;
  };
  return { environment, readEventFile, commit: headCommit(text) ?? nonEmpty(env['GITHUB_SHA']) };
}

function headCommit(eventText: string | null): string | null {
  if (eventText === null) return null;
  try {
    const payload: unknown = JSON.parse(eventText);
    const pullRequest = isRecord(payload) ? payload['pull_request'] : null;
    const head = isRecord(pullRequest) ? pullRequest['head'] : null;
    const sha = isRecord(head) ? head['sha'] : null;
    return typeof sha === 'string' ? sha : null;
  } catch {
    // An unreadable event file only costs the headline its commit.
    return null;
  }
}
