/** Issue 23 case 5: history figures no run can measure are refused, naming the entry. */
import { describe, expect, it } from 'vitest';
import { parseHistoryFile, renderHistoryFile } from '../../src/history/file.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { entry } from './entries.js';

const location = 'perf-gate-history.json';
const repair = 'delete perf-gate-history.json to start a new history';

function fileWith(edit: (e: HistoryEntry) => void): string {
  const good = entry({ commit: 'a1b2c3d4e5f6a7b8' });
  const bad = entry({ commit: 'badc0ffee0ddf00d' });
  edit(bad);
  return renderHistoryFile([good, bad]);
}

const parse = (text: string) => () => parseHistoryFile(text, location, repair);
const named = 'entry 2: commit "badc0ffee0dd", time "2024-06-01T12:00:00Z"';

describe('history figures that cannot be', () => {
  it('a negative error rate', () => {
    expect(parse(fileWith((e) => (e.figures.overall.errorRate.value = -0.05)))).toThrow(
      `History file perf-gate-history.json: not a perf-gate history file (Too small: expected number to be >=0 at entries.1.figures.overall.errorRate.value (${named})). It is left as it is; ${repair}`,
    );
  });

  it('an error rate over 100%', () => {
    expect(parse(fileWith((e) => (e.figures.endpoints[0]!.errorRate.value = 1.5)))).toThrow(
      `entries.1.figures.endpoints.0.errorRate.value (${named})`,
    );
  });

  it('a latency of 0.001 ms (no request is that fast)', () => {
    expect(parse(fileWith((e) => (e.figures.overall.p95 = { value: 0.001, low: null, high: null })))).toThrow(
      `Too small: expected number to be >=0.01 at entries.1.figures.overall.p95.value (${named})`,
    );
  });

  it('a latency of 1e308 ms', () => {
    expect(parse(fileWith((e) => (e.figures.stages[0]!.p99 = { value: 1e308, low: 1e308, high: 1e308 })))).toThrow(
      `at entries.1.figures.stages.0.p99.value (${named})`,
    );
  });

  it('a negative rps, and an infinite one written as a huge number', () => {
    expect(parse(fileWith((e) => (e.figures.overall.rps.value = -3)))).toThrow(`entries.1.figures.overall.rps.value`);
    expect(parse(fileWith((e) => (e.figures.overall.rps.high = 1e308)))).toThrow(`entries.1.figures.overall.rps.high`);
  });

  it('real figures, and a leap day, are read', () => {
    const text = fileWith((e) => (e.time = '2024-02-29T10:00:00Z'));
    expect(parseHistoryFile(text, location, repair).entries).toHaveLength(2);
  });
});
