/**
 * The power curve: real recordings, known regressions and disturbances injected into them, each
 * judged as the gate would (history built leave-one-out from the other quiet recordings of the
 * same machine; a thresholds file whose stage baseline `perf-gate baseline` would write from
 * those recordings, with a 25% allowance, and today's whole-run p95 rule against their median
 * p95). Evidence from data: the noise is the recordings' own, never drawn from the model the
 * method assumes. The stages' p95 intervals here are order statistics; the gate's come from time
 * blocks inside each stage where there are enough.
 */
import type { StageBaseline } from '../../src/config/thresholds.js';
import {
  judgeStageBaseline,
  type RunStageFigures,
  type StageBaselineJudgement,
} from '../../src/judge/stage-baseline.js';
import { measureStageBaseline } from '../../src/judge/stage-baseline-measure.js';
import {
  judgeStages,
  stagePoint,
  type StageJudgement,
  type StagePoint,
  type StageRun,
} from '../../src/history/stage-judgement.js';
import { FAMILY_ALPHA } from '../../src/judge/family.js';
import type { RobustOutcome } from '../../src/judge/robust-verdict.js';
import { stageBlockIntervals } from '../../src/results/stage-blocks.js';
import { blockProfile, toLoadBlocks, type LoadBlocks } from '../../src/results/block-profile.js';
import { disturbedStageEdges } from '../../src/history/stage-touch.js';
import { percentile } from '../../src/results/stats.js';
import { stageSpans, type Recording } from './recording.js';

export const FACTORS = [1, 1.1, 1.2, 1.3, 1.5, 2];
/** One transient spell: every duration in [from, to) ms of the load times `factor`. */
export const SPELL = { fromMs: 20000, toMs: 45000, factor: 3 };
export const ALLOWANCE = 0.25;
export const MIN_CHANGE = 0.1;

export type RecordingKind = 'quiet' | 'busy runner' | 'slowed service';

/** A recording's kind from its note: "healthy…", "busy…" (runner saturated mid-run) or "slowed…" (service slower). */
export function kindOf(r: Recording): RecordingKind {
  if (r.note.startsWith('busy')) return 'busy runner';
  if (r.note.startsWith('slowed')) return 'slowed service';
  return 'quiet';
}

export function scaled(r: Recording, factor: number, spell?: typeof SPELL): Recording {
  const durations = r.durations.map((d, i) => {
    const t = r.times[i] as number;
    const inSpell = spell !== undefined && t >= spell.fromMs && t < spell.toMs;
    return d * factor * (inSpell ? spell.factor : 1);
  });
  return { ...r, durations };
}

function p95Of(r: Recording): number {
  return percentile(
    Float64Array.from(r.durations).sort((a, b) => a - b),
    0.95,
  );
}

/** z of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** A stage's figures as a history entry keeps them (ms). */
export interface StageFigures {
  requests: number;
  p50: number;
  p95: number;
  /** Low end of the p95's distribution-free order-statistic interval (ranks n·0.95 ∓ 1.96·√(n·0.95·0.05)). */
  p95Low: number;
}

/** A recording's stages by plan index; null where a stage had no request. */
export function stageFiguresOf(r: Recording): Array<StageFigures | null> {
  return stageSpans(r.scenario, r.profile).map((span) => {
    const v: number[] = [];
    r.durations.forEach((d, i) => {
      const t = r.times[i] as number;
      if (t >= span.startMs && t < span.endMs) v.push(d);
    });
    if (v.length === 0) return null;
    const sorted = Float64Array.from(v).sort((a, b) => a - b);
    const n = sorted.length;
    const lowRank = Math.max(0, Math.floor(n * 0.95 - Z95 * Math.sqrt(n * 0.95 * 0.05)) - 1);
    return {
      requests: n,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p95Low: sorted[lowRank] as number,
    };
  });
}

/** A recording's stages as history judges them. */
export function stagesOf(r: Recording): StageRun {
  return stageFiguresOf(r).map(
    (f): StagePoint | null => f && stagePoint({ value: f.p50 }, { value: f.p95, low: f.p95Low }, f.requests),
  );
}

/** A recording's 5 s blocks as a history entry keeps them. */
export function loadBlocksOf(r: Recording): LoadBlocks {
  return toLoadBlocks(blockProfile(r.durations, r.times, stageSpans(r.scenario, r.profile)));
}

/** What the base runs give a judged run: their stages, their median p95 and their stage baseline. */
export interface Base {
  stages: StageRun[];
  /** Their 5 s blocks, as history entries keep them. */
  blocks: LoadBlocks[];
  baselineP95: number;
  /** The thresholds file's stage baseline as `perf-gate baseline` writes it from the base runs. */
  stageBaseline: StageBaseline;
}

/** A recording's stages as the gate's thresholds judgement reads them (labels by index: plans match). */
function runStagesOf(r: Recording): Array<RunStageFigures | null> {
  return stageFiguresOf(r).map((f, i) => f && { label: `stage ${i}`, ...f });
}

export function baseOf(runs: readonly Recording[]): Base {
  const p95s = runs.map(p95Of).sort((a, b) => a - b);
  const stageBaseline = measureStageBaseline(
    runs.map((r) => {
      const stages = runStagesOf(r);
      return { file: r.name, stages, labels: stages.map((_, i) => `stage ${i}`) };
    }),
  );
  if ('problem' in stageBaseline) throw new Error(stageBaseline.problem);
  return {
    stages: runs.map(stagesOf),
    blocks: runs.map(loadBlocksOf),
    baselineP95: percentile(p95s, 0.5),
    stageBaseline: stageBaseline.stageBaseline,
  };
}

export interface Judged {
  history: RobustOutcome;
  thresholds: RobustOutcome;
  /** Today's rule on the whole run's p95 (with stage-block intervals): fail when the whole interval is past the limit, warn when the p95 is. */
  plain: RobustOutcome;
  /** The gate with history on: history adds its check to the file's, so the worse of the two decides. */
  both: RobustOutcome;
  /** Thresholds mode's judgement by stage, for the detail lines (null: the stages did not match). */
  byStage: StageBaselineJudgement | null;
  /** History mode's judgement of the stages, for the detail lines (null: too few base runs). */
  stages: StageJudgement | null;
}

export function judge(run: Recording, base: Base): Judged {
  const edges = disturbedStageEdges(loadBlocksOf(run), base.blocks);
  const stages = judgeStages(stagesOf(run), base.stages, { alpha: FAMILY_ALPHA, minChange: MIN_CHANGE, edges });
  const history: RobustOutcome = stages?.outcome ?? 'inconclusive';
  const sorted = Float64Array.from(run.durations).sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  const limit = base.baselineP95 * (1 + ALLOWANCE);
  const ci = stageBlockIntervals(
    { durations: run.durations, times: run.times, failed: new Int8Array(run.durations.length).fill(-1) },
    sorted,
    { p95, p99: percentile(sorted, 0.99), errorRate: 0, failedSamples: 0 },
    stageSpans(run.scenario, run.profile),
  );
  const plain: RobustOutcome = ci !== null && ci.p95.low > limit ? 'fail' : p95 > limit ? 'inconclusive' : 'pass';
  const match = judgeStageBaseline(runStagesOf(run), base.stageBaseline, ALLOWANCE);
  const byStage = 'judgement' in match ? match.judgement : null;
  const thresholds: RobustOutcome = byStage?.outcome ?? 'inconclusive';
  return { history, thresholds, plain, both: worse(history, thresholds), byStage, stages };
}

const SEVERITY: Record<RobustOutcome, number> = { pass: 0, inconclusive: 1, fail: 2 };

function worse(a: RobustOutcome, b: RobustOutcome): RobustOutcome {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export interface CurveRow {
  series: ReturnType<typeof seriesOf>;
  kind: RecordingKind;
  recordings: number;
  factor: number;
  spell: boolean;
  /** Per mode: how many recordings failed, were inconclusive, passed. */
  history: Record<RobustOutcome, number>;
  thresholds: Record<RobustOutcome, number>;
  plain: Record<RobustOutcome, number>;
  both: Record<RobustOutcome, number>;
  /** Each recording's outcome, by name, for the tests. */
  each: Array<{ name: string } & Judged>;
}

/**
 * Which machine a recording comes from: "quiet-*" were recorded through the action on an idle
 * machine, the others on one shared with other sessions' builds (p95 ×25 theirs). A history never
 * mixes the two, as a real one never mixes runners.
 */
export function seriesOf(r: Recording): 'quiet machine' | 'shared machine' {
  return r.name.startsWith('quiet-') ? 'quiet machine' : 'shared machine';
}

/** The base runs for `run`: every quiet recording of its machine, scenario and profile but itself. */
export function baseFor(run: Recording, all: readonly Recording[]): Recording[] {
  return all.filter(
    (r) =>
      r !== run &&
      kindOf(r) === 'quiet' &&
      seriesOf(r) === seriesOf(run) &&
      r.scenario === run.scenario &&
      r.profile === run.profile,
  );
}

export function powerCurve(all: readonly Recording[]): CurveRow[] {
  const bases = new Map(all.map((r) => [r, baseOf(baseFor(r, all))]));
  const rows: CurveRow[] = [];
  const kinds: RecordingKind[] = ['quiet', 'busy runner', 'slowed service'];
  for (const series of ['quiet machine', 'shared machine'] as const)
    for (const kind of kinds) {
      const runs = all.filter((r) => seriesOf(r) === series && kindOf(r) === kind && baseFor(r, all).length >= 3);
      if (runs.length === 0) continue;
      for (const spell of [false, true]) {
        for (const factor of kind === 'quiet' ? FACTORS : [1, 1.5]) {
          const count = () => ({ fail: 0, inconclusive: 0, pass: 0 });
          const row: CurveRow = {
            series,
            kind,
            recordings: runs.length,
            factor,
            spell,
            history: count(),
            thresholds: count(),
            plain: count(),
            both: count(),
            each: [],
          };
          for (const r of runs) {
            const j = judge(scaled(r, factor, spell ? SPELL : undefined), bases.get(r) as Base);
            row.history[j.history]++;
            row.thresholds[j.thresholds]++;
            row.plain[j.plain]++;
            row.both[j.both]++;
            row.each.push({ name: r.name, ...j });
          }
          rows.push(row);
        }
      }
    }
  return rows;
}

/** The table: one line per kind of recording and injection, fail · inconclusive · pass per mode. */
export function curveTable(rows: readonly CurveRow[]): string {
  const cell = (c: Record<RobustOutcome, number>) => `${c.fail} · ${c.inconclusive} · ${c.pass}`;
  const lines = [
    "| recordings | injected | history band | thresholds 25% | gate: both | today's rule (plain p95) |",
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const injected = `×${r.factor}${r.spell ? ` + spell ×${SPELL.factor} (${SPELL.fromMs / 1000}–${SPELL.toMs / 1000} s)` : ''}`;
    lines.push(
      `| ${r.series}: ${r.kind} (${r.recordings}) | ${injected} | ${cell(r.history)} | ${cell(r.thresholds)} | ${cell(r.both)} | ${cell(r.plain)} |`,
    );
  }
  return lines.join('\n');
}
