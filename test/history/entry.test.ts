import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { historyEntryFrom, targetHash, type RunFacts } from '../../src/history/build.js';
import { scopeFigures } from '../../src/history/compare.js';
import { currentStageLabel, historyEntrySchema } from '../../src/history/entry.js';
import { appendEntry, HistoryFileError, parseHistoryFile, renderHistoryFile } from '../../src/history/file.js';
import { HISTORY_SCHEMA_PATH, renderHistorySchema } from '../../scripts/write-history-schema.js';
import { analyzeRecording } from '../support/recordings.js';
import { endpointResult, runResult, stageResults } from '../support/run-result-builder.js';
import { entry } from './entries.js';

const facts: RunFacts = {
  commit: '0123456789abcdef0123456789abcdef01234567',
  branch: 'main',
  time: '2026-01-17T10:00:00.000Z',
  scenario: 'enqueue',
  profile: 'quick',
  k6Version: '0.49.0',
  runner: { os: 'linux', arch: 'x64', cpus: 4 },
  target: 'https://user:secret@staging.festin.example:8443/api?token=abc',
  loadGenerator: 'ok',
};

describe('historyEntryFrom', () => {
  it('records the figures, their intervals, load endpoints only, and a hash of the host alone', () => {
    const result = runResult({
      overall: { p95: 90, p95Ci: { low: 85, high: 96 }, requests: 5000, failed: 50, rps: 16.7 },
      endpoints: [endpointResult('enqueue', { p95: 70 }), endpointResult('login', { p95: 400 }, { phase: 'setup' })],
      stages: stageResults([[10, { p95: 40 }]]),
    });
    const built = historyEntryFrom(result, facts);
    expect(historyEntrySchema.parse(built)).toEqual(built);
    expect(built.figures.overall.p95).toEqual({ value: 90, low: 85, high: 96 });
    expect(built.figures.overall.p50).toEqual({ value: 90 * 0.35, low: null, high: null });
    expect(built.figures.overall.errorRate.value).toBeCloseTo(0.01, 6);
    expect(built.figures.endpoints.map((e) => e.name)).toEqual(['enqueue']);
    expect(built.figures.stages[0]).toMatchObject({ index: 0, label: 'VU 10', p95: { value: 40 } });
    expect(built.targetHash).toBe(targetHash('staging.festin.example:8443'));
    const text = JSON.stringify(built);
    for (const leak of ['secret', 'token', 'staging', 'festin.example']) expect(text).not.toContain(leak);
  });

  it('stays a few KB for a full recorded run, its 5 s load blocks included', async () => {
    const result = await analyzeRecording('enqueue-full');
    const built = historyEntryFrom(result, facts);
    expect(built.figures.stages.length).toBeGreaterThan(0);
    const blocks = built.loadBlocks!;
    expect(blocks.requests).toEqual(result.loadBlocks!.requests);
    expect(blocks.logP95.length).toBe(result.loadBlocks!.logP95.length);
    blocks.logP95.forEach((x, b) => {
      const exact = result.loadBlocks!.logP95[b];
      if (x === null || exact == null) expect(x).toBe(exact);
      else expect(Math.abs(x - exact)).toBeLessThanOrEqual(5e-5);
    });
    expect(historyEntrySchema.parse(built)).toEqual(built);
    expect(JSON.stringify(built).length).toBeLessThan(10_000);
  });

  it('loads an entry written before load blocks were kept, and refuses blocks whose lists disagree', () => {
    const old = entry({ commit: 'a' });
    expect('loadBlocks' in old).toBe(false);
    expect(historyEntrySchema.parse(old)).toEqual(old);
    const blocks = { startMs: [0, 5000], endMs: [5000, 10000], stage: [0, 0], requests: [40, 41], logP95: [1.2] };
    expect(() => historyEntrySchema.parse({ ...old, loadBlocks: blocks })).toThrow(/one item per block/);
  });
});

describe('entries recorded before the ramp-down had its name', () => {
  it('read a later stage "VU 0" or "0/s" as the ramp-down, a first stage "VU 0" as it was', () => {
    expect(currentStageLabel(4, 'VU 0')).toBe('ramp-down');
    expect(currentStageLabel(2, '0/s')).toBe('ramp-down');
    expect(currentStageLabel(0, 'VU 0')).toBe('VU 0');
    expect(currentStageLabel(0, '0/s')).toBe('0/s');
    expect(currentStageLabel(3, 'VU 200')).toBe('VU 200');
    expect(currentStageLabel(4, 'ramp-down')).toBe('ramp-down');
  });

  it('match the ramp-down stage of a run analysed now, so the first comparison after an upgrade finds it', async () => {
    const now = historyEntryFrom(await analyzeRecording('enqueue-full'), facts);
    const rampDown = now.figures.stages.at(-1)!;
    expect(rampDown.label).toBe('ramp-down');
    // The same entry as the previous version wrote it: the last stage labelled "VU 0".
    const before = {
      ...now,
      figures: {
        ...now.figures,
        stages: now.figures.stages.map((s) => (s === rampDown ? { ...s, label: 'VU 0' } : s)),
      },
    };
    const [read] = parseHistoryFile(renderHistoryFile([before]), 'h.json', 'delete it').entries;
    expect(read!.figures.stages.map((s) => s.label)).toEqual(now.figures.stages.map((s) => s.label));
    expect(scopeFigures(read!, { kind: 'stage', index: rampDown.index, label: 'ramp-down' })).toEqual(rampDown);
    // Recording the next run writes the file back with the new label.
    expect(renderHistoryFile([read!])).not.toContain('"VU 0"');
  });
});

describe('the history file', () => {
  it('round-trips and has a committed JSON Schema generated from the zod schema', async () => {
    const entries = [entry({ commit: 'a' }), entry({ commit: 'b' })];
    expect(parseHistoryFile(renderHistoryFile(entries), 'h.json', 'delete it').entries).toEqual(entries);
    expect(await readFile(HISTORY_SCHEMA_PATH, 'utf8')).toBe(renderHistorySchema());
  });

  it('refuses a corrupt file, naming it and the repair', () => {
    const refuse = (text: string) => () =>
      parseHistoryFile(text, 'perf-gate-history:perf-gate/x.json', 'delete the branch');
    expect(refuse('{"version": 1, "entries": [')).toThrow(HistoryFileError);
    expect(refuse('{"version": 1, "entries": [')).toThrow(
      /^History file perf-gate-history:perf-gate\/x\.json: not valid JSON .*It is left as it is; delete the branch$/,
    );
    expect(refuse('{"version": 2, "entries": []}')).toThrow(/format version 2, this perf-gate reads version 1/);
    expect(refuse('{"version": 1, "entries": [{"commit": "a"}]}')).toThrow(/not a perf-gate history file .*entries\.0/);
  });

  it('keeps the newest `size` entries of a scenario and profile, leaving the others alone', () => {
    const spike = entry({ commit: 's', scenario: 'spike' });
    let entries = [spike];
    for (const commit of ['1', '2', '3', '4']) entries = appendEntry(entries, entry({ commit }), 3);
    expect(entries.map((e) => e.commit)).toEqual(['s', '2', '3', '4']);
  });
});
