/**
 * Issue 23 case 6: a history file over the contents API's 1 MB is still read and written,
 * against a fake that enforces GitHub's documented rule (403 too_large through the default
 * media type; the object media type and the blobs API serve it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHistoryFile, renderHistoryFile } from '../../src/history/file.js';
import { GitHubApiError } from '../../src/github/api-error.js';
import { octokitHistoryApi, type HistoryGitHubApi } from '../../src/history/github-api.js';
import { GitHubHistoryStore } from '../../src/history/store-github.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { CONTENTS_MAX_BYTES, startContentsServer, type ContentsServer } from '../support/github-contents-server.js';
import { entry } from './entries.js';

const key = { scenario: 'enqueue', profile: 'quick' };
const PATH = 'perf-gate/enqueue-quick.json';
const BRANCH = 'perf-gate-history';
let server: ContentsServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An entry with as many endpoints as a busy custom script's, to pass 1 MB in a few hundred entries. */
function wideEntry(commit: string): HistoryEntry {
  const base = entry({ commit });
  const endpoint = base.figures.endpoints[0]!;
  base.figures.endpoints = Array.from({ length: 40 }, (_, i) => ({ ...endpoint, name: `endpoint-${i}` }));
  return base;
}

describe('a GitHub history file over 1 MB', () => {
  it('is read, and the next run is recorded, instead of blaming the token', async () => {
    server = await startContentsServer();
    const entries = Array.from({ length: 200 }, (_, i) => wideEntry(`c${i}`));
    const text = renderHistoryFile(entries);
    expect(Buffer.byteLength(text)).toBeGreaterThan(CONTENTS_MAX_BYTES);
    server.seed(BRANCH, PATH, text);
    const api = octokitHistoryApi({ token: 'ghs_test', apiUrl: server.url, owner: 'festin-team', repo: 'festin' });
    const store = new GitHubHistoryStore(api);

    const read = await store.read(key);
    expect(read.kind === 'ok' ? read.entries.length : read.reason).toBe(200);
    expect(await store.record(wideEntry('next'), 1000)).toMatchObject({ kind: 'recorded', entries: 201 });
    const written = parseHistoryFile(server.file(BRANCH, PATH)!, PATH, '').entries;
    expect(written.map((e) => e.commit).slice(-2)).toEqual(['c199', 'next']);
    // The file itself is still refused through the default media type: the store read its blob.
    expect(server.log.filter((l) => l.includes('/git/blobs/')).every((l) => l.endsWith(' 200'))).toBe(true);
    expect(server.log.some((l) => l.includes('/git/blobs/'))).toBe(true);
  });

  it('a "too large" refusal is named as such, not as a token without access', async () => {
    const tooLarge = new GitHubApiError(
      'GET',
      `contents/${PATH}?ref=${BRANCH}`,
      403,
      'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API',
      false,
    );
    const api = { getFile: () => Promise.reject(tooLarge) } as unknown as HistoryGitHubApi;
    const store = new GitHubHistoryStore(api);
    const location = `${PATH} on branch ${BRANCH}`;
    const reason = `${location} is too large for the GitHub API call (${tooLarge.message}); lower history-size, or delete the file to start a new history`;
    expect(await store.read(key)).toEqual({ kind: 'unavailable', location, reason });
    expect(await store.record(entry({ commit: 'x' }), 50)).toEqual({ kind: 'unavailable', location, reason });
  });

  it('entries are written one per line, compactly', () => {
    const text = renderHistoryFile([entry({ commit: 'a' }), entry({ commit: 'b' })]);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.startsWith('{"version":1,"entries":[\n{"commit":"a"')).toBe(true);
    expect(parseHistoryFile(text, PATH, '').entries.map((e) => e.commit)).toEqual(['a', 'b']);
    expect(renderHistoryFile([])).toBe('{"version":1,"entries":[]}\n');
  });
});
