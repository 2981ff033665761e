import { describe, expect, it } from 'vitest';
import { selectBaseline, type RunEnvironment } from '../../src/history/match.js';
import { entry } from './entries.js';

const run: RunEnvironment = {
  scenario: 'enqueue',
  profile: 'quick',
  targetHash: 'a'.repeat(64),
  runner: { os: 'linux', arch: 'x64', cpus: 4 },
  k6Version: '0.49.0',
};

describe('selectBaseline', () => {
  it('keeps matching base-branch runs and leaves overloaded ones out', () => {
    const entries = [
      entry({ commit: '1' }),
      entry({ commit: '2', loadGenerator: 'overloaded' }),
      entry({ commit: '3', branch: 'feature' }),
      entry({ commit: '4', profile: 'full' }),
      entry({ commit: '5', loadGenerator: 'unknown' }),
    ];
    const selection = selectBaseline(entries, run, 'main');
    expect(selection.entries.map((e) => e.commit)).toEqual(['1', '5']);
    expect(selection.overloaded).toBe(1);
    expect(selection.note).toBeNull();
  });

  it('says what changed when the newest runs were made elsewhere, and starts afresh', () => {
    const entries = [entry({ commit: '1' }), entry({ commit: '2' })];
    const selection = selectBaseline(
      entries,
      { ...run, k6Version: '0.50.0', runner: { ...run.runner, cpus: 2 } },
      'main',
    );
    expect(selection.entries).toEqual([]);
    expect(selection.note).toBe(
      'k6 v0.49.0 → v0.50.0; runner linux/x64, 4 CPUs → linux/x64, 2 CPUs: history starts afresh',
    );
  });

  it('uses the runs made since the change once the newest one matches', () => {
    const entries = [entry({ commit: 'old', k6Version: '0.48.0' }), entry({ commit: 'new' })];
    const selection = selectBaseline(entries, run, 'main');
    expect(selection.entries.map((e) => e.commit)).toEqual(['new']);
    expect(selection.changes).toEqual([]);
  });

  it('names a changed target by hash prefix only', () => {
    const selection = selectBaseline([entry({ commit: '1' })], { ...run, targetHash: 'b'.repeat(64) }, null);
    expect(selection.note).toBe('target host (hash aaaaaaaa → bbbbbbbb): history starts afresh');
  });
});
