/**
 * The whole run's p95 check against a thresholds file's stage baseline, pure. Why: on the quick
 * ramp the whole run's p95 rests on a few seconds of its heaviest stage, so from one unchanged run
 * to the next on the same machine it spreads by 0.17 (ln, 6 quiet-machine recordings), and its own
 * 95% interval is about −45%/+90% wide: against a 25% allowance it can only say "cannot tell",
 * even for a service made 1.5× slower. Stage by stage the plan's load levels cancel: each stage's
 * level (stage-level.ts, as history judges it) against the same stage of the baseline spreads by
 * 0.063 on those recordings, and moved by 0.35–0.51 on all 5 recordings of the 1.5× slower service.
 *
 * The run's shift is the mean over the stages of (its level − the baseline's); its 95% interval
 * comes from the stages' own p95 intervals (the median's error is smaller; the p95's errs wide).
 * The allowance absorbs what differs between runs, as it does for every check of the file.
 * Fail: the whole interval past ln(1 + allowance), on the stages a transient spell left alone
 * (a stage over DISTURBED_STAGE_RATIO above the run's median stage is disturbed, as in history);
 * pass: the whole interval inside it, disturbed stages included; else this run cannot tell.
 */
import type { StageBaseline } from '../config/thresholds.js';
import type { RunResult } from '../results/types.js';
import { normalCdf } from '../stats/distributions.js';
import { DISTURBED_STAGE_RATIO, MIN_STAGE_REQUESTS, stageLevel } from './stage-level.js';
import { median } from '../stats/median.js';

const Z95 = 1.959963984540054;

export type StageBaselineOutcome = 'pass' | 'fail' | 'inconclusive';

export interface StageBaselineJudgement {
  outcome: StageBaselineOutcome;
  why: 'inside the allowance' | 'past the allowance' | 'cannot tell' | 'cleared only without its disturbed stages';
  /** Mean stage shift (ln) over the undisturbed stages, and its 95% interval. */
  shift: number;
  low: number;
  high: number;
  /** The same over every stage. */
  shiftAll: number;
  /** ln(1 + allowance). */
  limit: number;
  /** One-sided p-value of "past the allowance", from the undisturbed stages' shift and its standard error (for the run's Holm family). */
  p: number;
  stages: number;
  /** Labels of the stages left out as disturbed. */
  disturbed: string[];
  /** Labels of the stages left out for too few requests (MIN_STAGE_REQUESTS). */
  tooFew: string[];
}

export type StageBaselineMatch = { judgement: StageBaselineJudgement } | { mismatch: string };

interface StageShift {
  label: string;
  shift: number;
  se: number;
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** A stage of the judged run (ms): its requests, its median, its p95 and the low end of the p95's 95% interval. */
export interface RunStageFigures {
  label: string;
  requests: number;
  p50: number;
  p95: number;
  p95Low: number;
}

/** The run's stages as the judgement reads them; null where a stage has no latency. */
export function runStageFigures(result: RunResult): Array<RunStageFigures | null> {
  return result.stages.map(({ stage, duration: d }) =>
    d && d.med > 0 && d.p95 > 0
      ? { label: stage.label, requests: d.count, p50: d.med, p95: d.p95, p95Low: d.p95Ci.low }
      : null,
  );
}

/**
 * This run's stages against the baseline's, in plan order, and the labels of those with too few
 * requests to judge; a mismatch says why they cannot be compared.
 */
function stageShifts(
  stages: ReadonlyArray<RunStageFigures | null>,
  baseline: StageBaseline,
): { shifts: StageShift[]; tooFew: string[] } | string {
  const expected = baseline.stages.map((s) => s.label);
  const labels = stages.map((s, i) => s?.label ?? expected[i] ?? `stage ${i}`);
  if (JSON.stringify(labels) !== JSON.stringify(expected))
    return `the stage baseline's stages (${expected.join(', ')}) are not this run's (${labels.join(', ') || 'none'})`;
  const shifts: StageShift[] = [];
  const tooFew: string[] = [];
  for (const [i, stage] of stages.entries()) {
    const b = baseline.stages[i]!;
    if (stage === null) return `stage ${b.label} has no latency in this run`;
    if (stage.requests < MIN_STAGE_REQUESTS) {
      tooFew.push(stage.label);
      continue;
    }
    const low = stage.p95Low > 0 && stage.p95Low <= stage.p95 ? stage.p95Low : stage.p95;
    shifts.push({
      label: stage.label,
      shift: stageLevel(stage.p50, stage.p95) - stageLevel(b.p50, b.p95),
      se: (Math.log(stage.p95) - Math.log(low)) / Z95,
    });
  }
  if (shifts.length < 2) return `fewer than 2 stages have the ${MIN_STAGE_REQUESTS} requests a stage's p95 needs`;
  return { shifts, tooFew };
}

function interval(shifts: readonly StageShift[]): { shift: number; se: number; low: number; high: number } {
  const shift = mean(shifts.map((s) => s.shift));
  const se = Math.sqrt(shifts.reduce((a, s) => a + s.se * s.se, 0)) / shifts.length;
  return { shift, se, low: shift - Z95 * se, high: shift + Z95 * se };
}

/** Judges the run's stages (runStageFigures) against the file's stage baseline with a relative allowance (0.25 = 25%). */
export function judgeStageBaseline(
  stages: ReadonlyArray<RunStageFigures | null>,
  baseline: StageBaseline,
  allowance: number,
): StageBaselineMatch {
  const judged = stageShifts(stages, baseline);
  if (typeof judged === 'string') return { mismatch: judged };
  const { shifts, tooFew } = judged;
  const limit = Math.log1p(allowance);
  const middle = median(shifts.map((s) => s.shift));
  const isDisturbed = (s: StageShift) => s.shift - middle > Math.log(DISTURBED_STAGE_RATIO);
  const kept = shifts.filter((s) => !isDisturbed(s));
  const all = interval(shifts);
  const clean = interval(kept);
  const disturbed = shifts.filter(isDisturbed).map((s) => s.label);
  const why: StageBaselineJudgement['why'] =
    clean.low > limit
      ? 'past the allowance'
      : all.high <= limit
        ? 'inside the allowance'
        : disturbed.length > 0 && clean.high <= limit
          ? 'cleared only without its disturbed stages'
          : 'cannot tell';
  const outcome = why === 'past the allowance' ? 'fail' : why === 'inside the allowance' ? 'pass' : 'inconclusive';
  return {
    judgement: {
      outcome,
      why,
      shift: clean.shift,
      low: clean.low,
      high: clean.high,
      shiftAll: all.shift,
      limit,
      p: clean.se > 0 ? 1 - normalCdf((clean.shift - limit) / clean.se) : clean.shift > limit ? 0 : 1,
      stages: kept.length,
      disturbed,
      tooFew,
    },
  };
}

const percent = (ln: number) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;

/** The check's sentence: what the stages said, in the report's words. */
export function stageBaselineSentence(j: StageBaselineJudgement): string {
  const few = j.tooFew.length > 0 ? `, ${j.tooFew.join(', ')} left out for too few requests` : '';
  const judged = `judged per stage (median and p95) against the file's stage baseline: ${percent(j.shift)} over ${j.stages} stages${few} (95% interval ${percent(j.low)} to ${percent(j.high)})`;
  const left = j.disturbed.length > 0 ? ` (disturbed, left out: ${j.disturbed.join(', ')})` : '';
  const allowance = `the allowance of ${percent(j.limit)}`;
  return {
    'past the allowance': `${judged}${left}, past ${allowance} even allowing for this run's noise`,
    'inside the allowance': `${judged}${left}, within ${allowance} even allowing for this run's noise`,
    'cleared only without its disturbed stages': `${judged}${left}: within ${allowance} only without its disturbed stages (${percent(j.shiftAll)} with them); a disturbed run is not a slow one, nor a pass`,
    'cannot tell': `${judged}${left}; ${allowance} is within this run's noise: this run cannot tell`,
  }[j.why];
}
