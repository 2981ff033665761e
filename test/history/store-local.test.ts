import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryFileError } from '../../src/history/file.js';
import { LocalHistoryStore } from '../../src/history/store-local.js';
import { entry, overallP95 } from './entries.js';

const key = { scenario: 'enqueue', profile: 'quick' };
const scratch = () => mkdtemp(path.join(tmpdir(), 'perf-gate-history-'));

describe('LocalHistoryStore', () => {
  it('says there is no history yet, then records, reads back and compares', async () => {
    const file = path.join(await scratch(), 'nested', 'history.json');
    const store = new LocalHistoryStore(file);
    expect(await store.read(key)).toEqual({
      kind: 'unavailable',
      location: file,
      reason: `no history yet: ${file} does not exist`,
    });
    for (const [i, p95] of [100, 104, 97, 101, 99].entries()) {
      expect(await store.record(entry({ commit: `m${i}`, p95 }), 50)).toEqual({
        kind: 'recorded',
        location: file,
        entries: i + 1,
      });
    }
    await store.record(entry({ commit: 'other', scenario: 'spike' }), 50);
    const read = await store.read(key);
    if (read.kind !== 'ok') throw new Error(read.reason);
    expect(read.entries.map((e) => e.commit)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    const verdict = overallP95(entry({ commit: 'pr', p95: 150 }), read.entries);
    expect(verdict.status).toBe('regression');
    // The temporary file of the atomic write is gone.
    expect(await readdir(path.dirname(file))).toEqual(['history.json']);
  });

  it('trims to size', async () => {
    const store = new LocalHistoryStore(path.join(await scratch(), 'h.json'));
    for (let i = 0; i < 7; i++) await store.record(entry({ commit: `c${i}` }), 3);
    const read = await store.read(key);
    expect(read.kind === 'ok' && read.entries.map((e) => e.commit)).toEqual(['c4', 'c5', 'c6']);
  });

  it('refuses a corrupt file with its path and the repair, and leaves it untouched', async () => {
    const file = path.join(await scratch(), 'h.json');
    await writeFile(file, '{"version": 1, "entries": [}');
    const store = new LocalHistoryStore(file);
    await expect(store.read(key)).rejects.toThrow(HistoryFileError);
    await expect(store.record(entry({ commit: 'x' }), 50)).rejects.toThrow(`History file ${file}: not valid JSON`);
    await expect(store.record(entry({ commit: 'x' }), 50)).rejects.toThrow(`delete ${file} to start a new history`);
    expect(await readFile(file, 'utf8')).toBe('{"version": 1, "entries": [}');
  });
});
