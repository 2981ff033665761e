/**
 * Builds a history entry from an analysed run. It keeps to RunResult's public fields: p95/p99
 * carry their within-run intervals (p95Ci/p99Ci); p50 (k6's `med`), error rate and rps have no
 * interval in RunResult today, so theirs are recorded as null.
 */
import { createHash } from 'node:crypto';
import type { LoadBlocks, RequestStats, RunResult } from '../results/types.js';
import type { Estimate, FigureSet, HistoryEntry, LoadGeneratorHealth } from './entry.js';

export interface RunFacts {
  commit: string;
  branch: string;
  /** ISO time the run started (RunResult.startTime, or the clock when the run had no samples). */
  time: string;
  scenario: string;
  profile: string;
  k6Version: string;
  runner: { os: string; arch: string; cpus: number };
  /** The target's URL or host; only a hash of its host (with port) is recorded. Null when there was none. */
  target: string | null;
  loadGenerator: LoadGeneratorHealth;
}

/** sha256 of the host: runs against one target match without the history revealing it. */
export function targetHash(target: string | null): string | null {
  if (target === null || target === '') return null;
  // A bare "host:port" would parse as a URL with scheme "host:", so only "scheme://" is a URL here.
  const host = target.includes('://') ? new URL(target).host : target;
  return createHash('sha256').update(host.toLowerCase()).digest('hex');
}

const bare = (value: number): Estimate => ({ value, low: null, high: null });

function figureSet(stats: RequestStats): FigureSet {
  const d = stats.duration;
  return {
    requests: stats.requests,
    p50: d ? bare(d.med) : null,
    p95: d ? { value: d.p95, low: d.p95Ci.low, high: d.p95Ci.high } : null,
    p99: d ? { value: d.p99, low: d.p99Ci.low, high: d.p99Ci.high } : null,
    errorRate: bare(stats.errorRate),
    rps: bare(stats.rps),
  };
}

export function historyEntryFrom(result: RunResult, facts: RunFacts): HistoryEntry {
  return {
    commit: facts.commit,
    branch: facts.branch,
    time: facts.time,
    scenario: facts.scenario,
    profile: facts.profile,
    k6Version: facts.k6Version,
    runner: { ...facts.runner },
    targetHash: targetHash(facts.target),
    loadGenerator: facts.loadGenerator,
    figures: {
      // The load's figures (RunResult.overall): setup()'s logins would otherwise decide the tail.
      overall: figureSet(result.overall),
      // setup() and teardown() requests (logins, cancels) are not the load the gate judges.
      endpoints: result.endpoints
        .filter((e) => e.phase === 'load')
        .map((e) => ({ name: e.name, method: e.method, ...figureSet(e) })),
      stages: result.stages.map((s) => ({ index: s.stage.index, label: s.stage.label, ...figureSet(s) })),
    },
    ...(result.loadBlocks ? { loadBlocks: compactBlocks(result.loadBlocks) } : {}),
  };
}

/**
 * The blocks as an entry keeps them: whole ms and ln p95 to 4 decimals (0.01% of a p95, far under
 * any block's own noise), so a 5-minute run's 50 blocks stay about 2 KB.
 */
export function compactBlocks(blocks: LoadBlocks): LoadBlocks {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    startMs: blocks.startMs.map(Math.round),
    endMs: blocks.endMs.map(Math.round),
    stage: [...blocks.stage],
    requests: [...blocks.requests],
    logP95: blocks.logP95.map((x) => (x === null ? null : round(x))),
  };
}
