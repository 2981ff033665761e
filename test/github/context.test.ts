import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitHubEnvironmentFrom, readPullRequestContext, type GitHubEnvironment } from '../../src/github/context.js';

const env = (overrides: Partial<GitHubEnvironment> = {}): GitHubEnvironment => ({
  eventName: 'pull_request',
  eventPath: '/event.json',
  repository: 'festin-team/festin',
  apiUrl: 'https://api.github.com',
  ...overrides,
});
const payload = (json: unknown) => () => JSON.stringify(json);

describe('readPullRequestContext', () => {
  it('reads the pull request number from a real event file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-event-'));
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42 } }));
    expect(readPullRequestContext(env({ eventPath, apiUrl: 'https://ghe.example/api/v3/' }))).toEqual({
      found: true,
      pullRequest: { owner: 'festin-team', repo: 'festin', number: 42, apiUrl: 'https://ghe.example/api/v3' },
    });
  });

  it('takes issue.number for a comment on a pull request', () => {
    const lookup = readPullRequestContext(
      env({ eventName: 'issue_comment' }),
      payload({ issue: { number: 7, pull_request: { url: 'x' } } }),
    );
    expect(lookup).toMatchObject({ found: true, pullRequest: { number: 7 } });
  });

  it('says why there is no pull request for a comment on a plain issue and for a push', () => {
    expect(readPullRequestContext(env({ eventName: 'issue_comment' }), payload({ issue: { number: 7 } }))).toEqual({
      found: false,
      reason: 'the "issue_comment" event is not about a pull request',
    });
    expect(readPullRequestContext(env({ eventName: 'push' }), payload({ ref: 'refs/heads/main' }))).toEqual({
      found: false,
      reason: 'the "push" event is not about a pull request',
    });
  });

  it('names a missing or malformed runner variable and an unreadable payload', () => {
    expect(readPullRequestContext(env({ repository: null }))).toEqual({
      found: false,
      reason: 'GITHUB_REPOSITORY is not set',
    });
    expect(readPullRequestContext(env({ repository: 'festin' }))).toEqual({
      found: false,
      reason: 'GITHUB_REPOSITORY is "festin", not "owner/name"',
    });
    expect(readPullRequestContext(env({ eventPath: null }))).toEqual({
      found: false,
      reason: 'GITHUB_EVENT_PATH is not set (not running in GitHub Actions?)',
    });
    const lookup = readPullRequestContext(env(), () => '{not json');
    expect(lookup.found).toBe(false);
    expect(!lookup.found && lookup.reason).toMatch(/^the event payload \/event\.json could not be read as JSON \(/);
  });
});

describe('gitHubEnvironmentFrom', () => {
  it('reads the runner variables and defaults the API to api.github.com', () => {
    expect(
      gitHubEnvironmentFrom({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: '/e.json',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_API_URL: '',
      }),
    ).toEqual({
      eventName: 'pull_request',
      eventPath: '/e.json',
      repository: 'o/r',
      apiUrl: 'https://api.github.com',
    });
  });
});
