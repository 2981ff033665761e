/**
 * Which recorded runs a new run may be compared with. Latency depends on the target, the load
 * generator's size and k6 itself, so only runs made in the same environment form a baseline;
 * when the environment changed, the caller says what changed and history starts afresh.
 */
import type { HistoryEntry } from './entry.js';

/** What a run must share with a recorded one to be compared with it. */
export interface RunEnvironment {
  scenario: string;
  profile: string;
  targetHash: string | null;
  runner: { os: string; arch: string; cpus: number };
  k6Version: string;
}

export interface BaselineSelection {
  /** Matching, healthy entries of the base branch, oldest first. */
  entries: HistoryEntry[];
  /** Matching entries left out because their load generator was overloaded. */
  overloaded: number;
  /**
   * What differs between this run and the newest recorded run of its scenario and profile,
   * e.g. ["k6 v0.49.0 → v0.50.0"]; empty when nothing did (or nothing was recorded).
   */
  changes: string[];
  /** One sentence for the report when the environment changed, else null. */
  note: string | null;
}

const runnerKind = (r: RunEnvironment['runner']) => `${r.os}/${r.arch}, ${r.cpus} CPU${r.cpus === 1 ? '' : 's'}`;
const shortHash = (h: string | null) => (h === null ? 'none' : h.slice(0, 8));

/** The differences between a recorded run's environment and this run's, in words. */
export function environmentChanges(recorded: RunEnvironment, run: RunEnvironment): string[] {
  const changes: string[] = [];
  if (recorded.k6Version !== run.k6Version) changes.push(`k6 v${recorded.k6Version} → v${run.k6Version}`);
  if (runnerKind(recorded.runner) !== runnerKind(run.runner)) {
    changes.push(`runner ${runnerKind(recorded.runner)} → ${runnerKind(run.runner)}`);
  }
  if (recorded.targetHash !== run.targetHash) {
    changes.push(`target host (hash ${shortHash(recorded.targetHash)} → ${shortHash(run.targetHash)})`);
  }
  return changes;
}

export function sameEnvironment(entry: RunEnvironment, run: RunEnvironment): boolean {
  return (
    entry.scenario === run.scenario && entry.profile === run.profile && environmentChanges(entry, run).length === 0
  );
}

/**
 * Picks the baseline for `run` from a history file's entries (oldest first). `baseBranch`, when
 * given, keeps only that branch's runs: a pull request is judged against its base branch.
 */
export function selectBaseline(
  entries: readonly HistoryEntry[],
  run: RunEnvironment,
  baseBranch: string | null,
): BaselineSelection {
  const ofRun = entries.filter(
    (e) => e.scenario === run.scenario && e.profile === run.profile && (baseBranch === null || e.branch === baseBranch),
  );
  const matching = ofRun.filter((e) => sameEnvironment(e, run));
  const healthy = matching.filter((e) => e.loadGenerator !== 'overloaded');
  const newest = ofRun.at(-1);
  const changes = newest ? environmentChanges(newest, run) : [];
  return {
    entries: healthy,
    overloaded: matching.length - healthy.length,
    changes,
    note: changes.length > 0 ? `${changes.join('; ')}: history starts afresh` : null,
  };
}
