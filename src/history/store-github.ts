/**
 * History on a branch of the repository itself, one file per scenario and profile, written
 * through the contents API. Concurrent writers (two pushes at once) never lose an entry: each
 * write sends the sha it read, and a refused sha means re-read, append again, write again.
 * Nothing here fails the gate because history is absent or out of reach: such cases come back
 * as `unavailable` with the reason. Only a corrupt file is refused (HistoryFileError).
 */
import type { HistoryEntry } from './entry.js';
import { appendEntry, parseHistoryFile, renderHistoryFile } from './file.js';
import { GitHubApiError } from '../github/api-error.js';
import type { HistoryGitHubApi } from './github-api.js';
import type { HistoryKey, HistoryRead, HistoryRecord, HistoryStore } from './store.js';

export const DEFAULT_HISTORY_BRANCH = 'perf-gate-history';

export interface GitHubHistoryStoreOptions {
  branch?: string;
  /** The branch a missing history branch starts from; asked of GitHub when not given. */
  defaultBranch?: string;
  /** Writes attempted before giving up on conflicts (default 5). */
  maxAttempts?: number;
}

/** perf-gate/<scenario>-<profile>.json; a custom script's path becomes its file name's stem. */
export function historyFilePath(key: HistoryKey): string {
  const part = (s: string) =>
    s
      .replace(/^.*[\\/]/, '')
      .replace(/\.[cm]?[jt]s$/, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-') || 'scenario';
  return `perf-gate/${part(key.scenario)}-${part(key.profile)}.json`;
}

function why(error: GitHubApiError, action: 'read' | 'write', where: string): string {
  // GitHub answers 403 for a file too large for the call as well as for a token without access.
  if (/too large|too_large/i.test(error.message)) {
    return `${where} is too large for the GitHub API call (${error.message}); lower history-size, or delete the file to start a new history`;
  }
  if (error.status === 403 || (action === 'read' && error.status === 404)) {
    return action === 'read'
      ? `the token cannot read ${where} (${error.message}); a pull request from a fork gets a read-only token`
      : `the token cannot write ${where} (${error.message}); give the job that records \`permissions: contents: write\``;
  }
  return `${action === 'read' ? 'reading' : 'writing'} ${where} failed: ${error.message}`;
}

export class GitHubHistoryStore implements HistoryStore {
  private readonly branch: string;

  constructor(
    private readonly api: HistoryGitHubApi,
    private readonly options: GitHubHistoryStoreOptions = {},
  ) {
    this.branch = options.branch ?? DEFAULT_HISTORY_BRANCH;
  }

  private location(path: string): string {
    return `${path} on branch ${this.branch}`;
  }

  private parse(text: string, path: string): HistoryEntry[] {
    const repair = `delete ${path} on branch ${this.branch}, or the branch itself, to start a new history`;
    return parseHistoryFile(text, this.location(path), repair).entries;
  }

  async read(key: HistoryKey): Promise<HistoryRead> {
    const path = historyFilePath(key);
    const location = this.location(path);
    let file;
    try {
      file = await this.api.getFile(path, this.branch);
    } catch (error) {
      if (error instanceof GitHubApiError)
        return { kind: 'unavailable', location, reason: why(error, 'read', location) };
      throw error;
    }
    if (file === null) return { kind: 'unavailable', location, reason: `no history yet: no ${location}` };
    const entries = this.parse(file.text, path).filter((e) => e.scenario === key.scenario && e.profile === key.profile);
    return { kind: 'ok', location, entries };
  }

  async record(entry: HistoryEntry, size: number): Promise<HistoryRecord> {
    const path = historyFilePath(entry);
    const location = this.location(path);
    const attempts = this.options.maxAttempts ?? 5;
    const message = `perf-gate: record ${entry.scenario}/${entry.profile} of ${entry.commit.slice(0, 12)} [skip ci]`;
    try {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const file = await this.api.getFile(path, this.branch);
        if (file === null) await this.ensureBranch();
        const entries = appendEntry(file ? this.parse(file.text, path) : [], entry, size);
        const written = await this.api.putFile(
          path,
          this.branch,
          renderHistoryFile(entries),
          file?.sha ?? null,
          message,
        );
        if (written === 'written') {
          const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
          return { kind: 'recorded', location, entries: mine.length };
        }
      }
    } catch (error) {
      if (error instanceof GitHubApiError)
        return { kind: 'unavailable', location, reason: why(error, 'write', location) };
      throw error;
    }
    return {
      kind: 'unavailable',
      location,
      reason: `${location} changed under each of ${attempts} writes (other runs recording at once); this run is not recorded`,
    };
  }

  /** Creates the history branch from the default branch's head when it does not exist yet. */
  private async ensureBranch(): Promise<void> {
    if ((await this.api.branchHead(this.branch)) !== null) return;
    const base = this.options.defaultBranch ?? (await this.api.defaultBranch());
    const head = await this.api.branchHead(base);
    if (head === null)
      throw new GitHubApiError('GET', `git/ref/heads/${base}`, 404, 'the default branch has no head', false);
    await this.api.createBranch(this.branch, head);
  }
}
