/**
 * A thresholds file's stage baseline from the baseline runs' stages, pure: each stage's median
 * and p95, the median over the runs (one slow or fast run does not set it), rounded to µs.
 */
import type { StageBaseline } from '../config/thresholds.js';
import { median } from '../stats/median.js';

/** One baseline run: its file (for messages) and its stages in plan order, null where a stage had no latency. */
export interface BaselineRun {
  file: string;
  stages: ReadonlyArray<{ label: string; p50: number; p95: number; requests: number } | null>;
  /** Labels of the stages in plan order (also those without latency). */
  labels: readonly string[];
}

const ms = (v: number) => Math.round(v * 1000) / 1000;

export function measureStageBaseline(
  runs: readonly BaselineRun[],
): { stageBaseline: StageBaseline } | { problem: string } {
  const first = runs[0];
  if (!first) return { problem: 'no baseline run given' };
  const labels = first.labels;
  if (labels.length < 2)
    return {
      problem: `${first.file}: ${labels.length} stage${labels.length === 1 ? '' : 's'} found; a stage baseline needs a run of a staged scenario (the bundled ones, or requests tagged with their stage)`,
    };
  for (const run of runs) {
    if (JSON.stringify(run.labels) !== JSON.stringify(labels))
      return {
        problem: `${run.file} has the stages ${run.labels.join(', ')}, ${first.file} has ${labels.join(', ')}: give runs of one scenario and profile`,
      };
    const empty = run.stages.findIndex((s) => s === null || !(s.p50 > 0) || !(s.p95 > 0));
    if (empty >= 0) return { problem: `${run.file}: stage ${labels[empty]} has no latency; give complete runs` };
  }
  const stages = labels.map((label, i) => ({
    label,
    p50: ms(median(runs.map((r) => r.stages[i]!.p50))),
    p95: ms(median(runs.map((r) => r.stages[i]!.p95))),
    requests: Math.round(median(runs.map((r) => r.stages[i]!.requests))),
  }));
  const names = runs.map((r) => r.file).join(', ');
  return {
    stageBaseline: {
      stages,
      source: `perf-gate baseline, median of ${runs.length} run${runs.length === 1 ? '' : 's'}: ${names}`,
    },
  };
}
