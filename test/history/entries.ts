/** History entries for the history tests: one endpoint and one stage, figures set from a p95. */
import { compareFigure, type FigureComparison } from '../../src/history/compare.js';
import type { FigureSet, HistoryEntry } from '../../src/history/entry.js';

export interface EntryOptions {
  commit: string;
  p95?: number;
  branch?: string;
  k6Version?: string;
  cpus?: number;
  scenario?: string;
  profile?: string;
  loadGenerator?: HistoryEntry['loadGenerator'];
}

const figures = (p95: number): FigureSet => ({
  requests: 6000,
  p50: { value: p95 / 3, low: null, high: null },
  p95: { value: p95, low: p95 * 0.97, high: p95 * 1.03 },
  p99: { value: p95 * 1.5, low: p95 * 1.4, high: p95 * 1.6 },
  errorRate: { value: 0, low: null, high: null },
  rps: { value: 100, low: null, high: null },
});

export function entry(options: EntryOptions): HistoryEntry {
  const p95 = options.p95 ?? 100;
  return {
    commit: options.commit,
    branch: options.branch ?? 'main',
    time: '2024-06-01T12:00:00Z',
    scenario: options.scenario ?? 'enqueue',
    profile: options.profile ?? 'quick',
    k6Version: options.k6Version ?? '0.49.0',
    runner: { os: 'linux', arch: 'x64', cpus: options.cpus ?? 4 },
    targetHash: 'a'.repeat(64),
    loadGenerator: options.loadGenerator ?? 'ok',
    figures: {
      overall: figures(p95),
      endpoints: [{ name: 'enqueue', method: 'POST', ...figures(p95) }],
      stages: [{ index: 0, label: 'VU 10', ...figures(p95) }],
    },
  };
}

/** The history test of `current`'s overall p95 against `baseline` (oldest first). */
export function overallP95(current: HistoryEntry, baseline: readonly HistoryEntry[]): FigureComparison {
  const points = baseline.flatMap((e) => {
    const p95 = e.figures.overall.p95;
    return p95 ? [{ commit: e.commit, time: e.time, ...p95 }] : [];
  });
  return compareFigure({ kind: 'overall' }, 'p95', current.figures.overall.p95!, points);
}
