/**
 * History's headline p95 row decided by its stages (stage-judgement.ts), pure: the stages from
 * the entries, the row's status, fail point and p-value from the judgement, and its sentence.
 * The row is the run's primary check: it is held at FAMILY_ALPHA on its own, and the run's other
 * rows form the Holm family (judge/family.ts), so an unchanged run fails at most 2 × FAMILY_ALPHA
 * of the time, before the confirmation run has to repeat the failure.
 */
import { FAMILY_ALPHA } from '../judge/family.js';
import type { FigureComparison } from './compare.js';
import type { HistoryEntry } from './entry.js';
import { runsOfBase } from './base-name.js';
import { MIN_STAGE_REQUESTS } from '../judge/stage-level.js';
import { judgeStages, stagePoint, type StageJudgement, type StageRun } from './stage-judgement.js';
import { disturbedStageEdges } from './stage-touch.js';

/** An entry's stages by plan index (null where a stage had no p50 or p95), with their labels to match plans. */
function stagesOf(entry: HistoryEntry): { run: StageRun; labels: string } {
  const stages = entry.figures.stages;
  const count = stages.reduce((m, s) => Math.max(m, s.index + 1), 0);
  const run = Array.from({ length: count }, (_, i) => {
    const stage = stages.find((s) => s.index === i);
    return stagePoint(stage?.p50, stage?.p95, stage?.requests ?? 0);
  });
  const labels = JSON.stringify([...stages].sort((a, b) => a.index - b.index).map((s) => s.label));
  return { run, labels };
}

/** A stage's name in the sentence: "stage 2 (VU 100)". */
function stageName(entry: HistoryEntry, index: number): string {
  const label = entry.figures.stages.find((s) => s.index === index)?.label;
  return label ? `stage ${index} (${label})` : `stage ${index}`;
}

/** The stages' judgement with the disturbed stages' names, for the row's sentence. */
export interface NamedStageJudgement extends StageJudgement {
  disturbedNames: string[];
  /** Stages of this run left out for fewer than MIN_STAGE_REQUESTS requests. */
  tooFewNames: string[];
}

/** This run's stages against the newest `runs` base runs of the same scenario, profile and stages. */
export function stageJudgement(
  current: HistoryEntry,
  baseline: readonly HistoryEntry[],
  runs: number,
  minChange: number,
): NamedStageJudgement | null {
  const mine = stagesOf(current);
  const entries = baseline
    .filter((e) => e.scenario === current.scenario && e.profile === current.profile)
    .filter((e) => stagesOf(e).labels === mine.labels)
    .slice(-runs);
  const base = entries.map((e) => stagesOf(e).run);
  const edges = current.loadBlocks
    ? disturbedStageEdges(
        current.loadBlocks,
        entries.flatMap((e) => (e.loadBlocks ? [e.loadBlocks] : [])),
      )
    : undefined;
  const judged = judgeStages(mine.run, base, { alpha: FAMILY_ALPHA, minChange, edges });
  const tooFewNames = current.figures.stages
    .filter((s) => s.requests < MIN_STAGE_REQUESTS)
    .map((s) => stageName(current, s.index));
  const disturbedNames = judged?.disturbed.map((i) =>
    judged.spilled.includes(i) ? `${stageName(current, i)} where the spell spilled over` : stageName(current, i),
  );
  return judged && { ...judged, disturbedNames: disturbedNames ?? [], tooFewNames };
}

/** The band's comparison with the stages' outcome; the fail point shown is the stages' on the band's centre. */
export function decidedByStages(k: FigureComparison, s: StageJudgement): FigureComparison {
  const status = s.outcome === 'fail' ? 'regression' : s.outcome;
  const failAt = s.bar + s.excess;
  const bound = k.centre === null ? null : k.centre * Math.exp(failAt);
  return { ...k, status, p: s.p, bound, band: bound, detectableChange: Math.expm1(failAt), runs: s.runs };
}

const percent = (ln: number) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;

/** Why the stages decided as they did, after the figure's label. */
export function stagesWhy(s: NamedStageJudgement, baseName: string): string {
  const few = s.tooFewNames.length > 0 ? `, ${s.tooFewNames.join(', ')} left out for too few requests` : '';
  const judged = `judged per stage (median and p95) against the same stages of ${runsOfBase(s.runs, baseName)}: ${percent(s.shift)} over ${s.stages.length - s.disturbed.length} stages${few}`;
  const left = s.disturbed.length > 0 ? ` (disturbed, left out: ${s.disturbedNames.join(', ')})` : '';
  const bar = `the bar of ${percent(s.bar)}`;
  return {
    'inside the bar': `${judged}${left}, inside ${bar}`,
    'past the bar': `${judged}${left}, past ${bar}${s.excess > 0 ? ` even after this run's own extra uncertainty (${percent(s.excess)})` : ''}: a regression, not noise`,
    'own uncertainty straddles the bar': `${judged}${left}; this run's own uncertainty beyond the base runs' reaches across ${bar}: this run cannot tell`,
    'cleared only without its disturbed stages': `${judged}${left}: inside ${bar} only without its disturbed stages (${percent(s.shiftAll)} with them); a disturbed run is not a slow one, nor a pass`,
  }[s.why];
}
