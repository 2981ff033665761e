import { afterEach, describe, expect, it } from 'vitest';
import { HistoryFileError, parseHistoryFile } from '../../src/history/file.js';
import { octokitHistoryApi } from '../../src/history/github-api.js';
import { GitHubHistoryStore, historyFilePath } from '../../src/history/store-github.js';
import {
  startContentsServer,
  type ContentsServer,
  type ContentsServerOptions,
} from '../support/github-contents-server.js';
import { entry, overallP95 } from './entries.js';

const key = { scenario: 'enqueue', profile: 'quick' };
const PATH = 'perf-gate/enqueue-quick.json';
let server: ContentsServer | undefined;

async function storeOn(options: ContentsServerOptions = {}) {
  server = await startContentsServer(options);
  const api = octokitHistoryApi({ token: 'ghs_test', apiUrl: server.url, owner: 'festin-team', repo: 'festin' });
  return { server, store: new GitHubHistoryStore(api) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GitHubHistoryStore through Octokit and a fake contents API', () => {
  it('creates the branch, records twice, and the records compare', async () => {
    const { server, store } = await storeOn();
    expect(await store.read(key)).toMatchObject({
      kind: 'unavailable',
      reason: `no history yet: no ${PATH} on branch perf-gate-history`,
    });
    expect(await store.record(entry({ commit: 'm1', p95: 100 }), 50)).toMatchObject({ kind: 'recorded', entries: 1 });
    expect(server.branches()).toEqual(['main', 'perf-gate-history']);
    expect(server.log).toContain('POST /repos/festin-team/festin/git/refs 201');
    expect(await store.record(entry({ commit: 'm2', p95: 104 }), 50)).toMatchObject({ kind: 'recorded', entries: 2 });
    for (const [i, p95] of [97, 101, 99].entries()) await store.record(entry({ commit: `m${i + 3}`, p95 }), 50);
    const read = await store.read(key);
    if (read.kind !== 'ok') throw new Error(read.reason);
    expect(read.entries.map((e) => e.commit)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    const verdict = overallP95(entry({ commit: 'pr', p95: 150 }), read.entries);
    expect(verdict.status).toBe('regression');
    expect(historyFilePath({ scenario: './load/my-script.js', profile: 'full' })).toBe('perf-gate/my-script-full.json');
  });

  it('loses no entry when two runs record at once on a fresh repository', async () => {
    const { server, store } = await storeOn();
    server.holdPuts(2);
    await Promise.all([store.record(entry({ commit: 'a' }), 50), store.record(entry({ commit: 'b' }), 50)]);
    const first = parseHistoryFile(server.file('perf-gate-history', PATH)!, PATH, '').entries.map((e) => e.commit);
    expect(first.sort()).toEqual(['a', 'b']);
    // The second PUT found the file the first had created and was sent back (422: no sha).
    expect(server.log.filter((l) => l.startsWith('PUT')).map((l) => l.split(' ').at(-1))).toEqual([
      '201',
      '422',
      '200',
    ]);
  });

  it('retries a write refused for a stale sha (409)', async () => {
    const { server, store } = await storeOn();
    await store.record(entry({ commit: 'seed' }), 50);
    server.holdPuts(2);
    await Promise.all([store.record(entry({ commit: 'a' }), 50), store.record(entry({ commit: 'b' }), 50)]);
    const commits = parseHistoryFile(server.file('perf-gate-history', PATH)!, PATH, '').entries.map((e) => e.commit);
    expect(commits.slice(0, 1)).toEqual(['seed']);
    expect(commits.slice(1).sort()).toEqual(['a', 'b']);
    expect(server.log.filter((l) => l.startsWith('PUT')).map((l) => l.split(' ').at(-1))).toEqual([
      '201',
      '200',
      '409',
      '200',
    ]);
  });

  it("reports a fork's read-only token instead of failing: 403 on read, 403 on write", async () => {
    const reading = await storeOn({ readStatus: 403 });
    const read = await reading.store.read(key);
    expect(read.kind).toBe('unavailable');
    expect(read.kind === 'unavailable' && read.reason).toMatch(
      /^the token cannot read .*HTTP 403.*a pull request from a fork gets a read-only token$/,
    );
    await reading.server.close();
    const writing = await storeOn({ writeStatus: 403 });
    const recorded = await writing.store.record(entry({ commit: 'x' }), 50);
    expect(recorded.kind === 'unavailable' && recorded.reason).toMatch(/contents: write/);
  });

  it('refuses a corrupt file with its branch, path and repair, and does not overwrite it', async () => {
    const { server, store } = await storeOn();
    await store.record(entry({ commit: 'a' }), 50);
    const api = octokitHistoryApi({ token: 't', apiUrl: server.url, owner: 'festin-team', repo: 'festin' });
    const file = await api.getFile(PATH, 'perf-gate-history');
    await api.putFile(PATH, 'perf-gate-history', '{"version": 1, "entries": [', file!.sha, 'break it');
    await expect(store.record(entry({ commit: 'b' }), 50)).rejects.toThrow(HistoryFileError);
    await expect(store.read(key)).rejects.toThrow(`History file ${PATH} on branch perf-gate-history: not valid JSON`);
    await expect(store.read(key)).rejects.toThrow(
      /delete perf-gate\/enqueue-quick\.json on branch perf-gate-history, or the branch itself/,
    );
    expect(server.file('perf-gate-history', PATH)).toBe('{"version": 1, "entries": [');
  });
});
