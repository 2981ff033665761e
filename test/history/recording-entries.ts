/** History entries of the real quick enqueue recordings (test/fixtures/recordings/compact), with their 5 s load blocks. */
import { readCompact, stageSpans, type Recording } from '../../scripts/power-curve/recording.js';
import { loadThresholds } from '../../src/config/thresholds.js';
import { compactBlocks } from '../../src/history/build.js';
import { DEFAULT_COMPARE_OPTIONS } from '../../src/history/compare.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { compareCheckedFigures, historyRows } from '../../src/history/verdict.js';
import { blockProfile, toLoadBlocks } from '../../src/results/block-profile.js';
import { percentile } from '../../src/results/stats.js';
import { runResult } from '../support/run-result-builder.js';
import { entry } from './entries.js';

const RECORDINGS = 'test/fixtures/recordings/compact';
export const load = (name: string) => readCompact(`${RECORDINGS}/${name}.json.gz`);
export const blocksOf = (r: Recording) =>
  compactBlocks(toLoadBlocks(blockProfile(r.durations, r.times, stageSpans(r.scenario, r.profile))));
const p95Of = (r: Recording) =>
  percentile(
    Float64Array.from(r.durations).sort((a, b) => a - b),
    0.95,
  );

/** A history entry of a real quick enqueue run: its whole-run p95 (band) and its blocks. */
export function entryOf(r: Recording, commit: string, withBlocks = true): HistoryEntry {
  const e = entry({ commit, p95: p95Of(r) });
  return withBlocks ? { ...e, loadBlocks: blocksOf(r) } : e;
}

export const healthy = () => Promise.all([1, 2, 3, 4, 5].map((i) => load(`q-healthy-${i}`)));

/** The overall p95 row of the bundled enqueue file, this run against `base`. */
export async function p95Row(run: Recording, base: readonly HistoryEntry[], current = entryOf(run, 'pr')) {
  const thresholds = await loadThresholds('thresholds/enqueue.t3-micro.json');
  const result = runResult({ overall: { p95: p95Of(run) } });
  const compared = compareCheckedFigures(thresholds, result, current, base, DEFAULT_COMPARE_OPTIONS);
  const c = compared.find((k) => k.figure === 'p95' && k.scope.kind === 'overall')!;
  const row = historyRows([c], 'main')[0]!;
  return { c, row };
}
