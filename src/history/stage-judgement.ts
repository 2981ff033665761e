/**
 * History's headline p95 row judged per planned stage, pure. Why stages: on the project's real
 * quick enqueue recordings (test/fixtures/recordings/compact, `POWER_CURVE_DETAIL=1 npm run
 * power-curve`), the 5 s blocks' p95s differ from run to run by ×2 or more, so any shift made
 * from them spreads by 0.07–0.36 on the log scale across unchanged runs: a band of ×1.2–×2.7 with
 * 5 base runs, which a ×1.3 regression (0.26) crossed in 0 runs of 6. A stage's figures rest on all
 * of its requests. Same plan, same stages: the plan's own load levels cancel and are never counted
 * as noise. Stages count alike: a slower code path slows every load level, while a busy runner
 * hits the heavy stages hardest, so equal weights let the light stages, least touched by the
 * runner, count as much as the heavy ones.
 *
 * A stage's level is judge/stage-level.ts's (the mean of ln p50 and ln p95), for the reasons given there.
 *
 * The band (one-sided prediction bound for one more run, Student t with n − 1 degrees of freedom
 * at `alpha`) comes from the base runs alone: each base run's shift against the others' median.
 * Those shifts already hold their own within-run noise and the reference's, so nothing is added
 * for either; their spread is floored by the base runs' typical within-run standard error (five
 * runs can agree by chance more closely than their own intervals allow). This run's own
 * uncertainty counts only as its excess over that typical one: past the bar even after it, fail;
 * inside even after it, pass; between, inconclusive (a warning and a re-run, never a pass). A run
 * over MAX_OWN_SE_RATIO times as uncertain as its history is never a pass: it can only fail or ask
 * again.
 *
 * A disturbed run is not a slow run: a stage more than DISTURBED_STAGE_RATIO slower (against its
 * reference) than the run's median stage, and farther than the base runs' same stage strays at the
 * band's level, is disturbed; so is its neighbour where the spell spilled over their edge (the
 * neighbour's 5 s block at that edge disturbed, stage-touch.ts). A fail must hold on the other
 * stages, against the band those stages alone give (fewer stages, a wider band); a run that clears
 * the bar only once its disturbed stages are left out is inconclusive: not slow, nor a pass.
 */
import { DISTURBED_STAGE_RATIO, MIN_STAGE_REQUESTS, stageLevel } from '../judge/stage-level.js';
import { normalQuantile, studentTCdf, studentTQuantile } from '../stats/distributions.js';
import { median } from '../stats/median.js';
import { NO_EDGES, type StageEdges } from './stage-touch.js';

/**
 * A stage of one run: its level, the mean of ln p50 and ln p95, and a standard error for it (null
 * when unknown). The error is the p95's: the median's is smaller, so it errs wide, alike for every run.
 */
export interface StagePoint {
  level: number;
  se: number | null;
}

/** A run's stages by plan index; null where the stage had no p50 or p95. */
export type StageRun = ReadonlyArray<StagePoint | null>;

/** A run whose own standard error is over this many times its base runs' typical one is never a pass. */
export const MAX_OWN_SE_RATIO = 3;
/** Base runs with the same stages needed before the stages decide the row. */
export const MIN_STAGE_BASE_RUNS = 3;

export interface StageJudgementOptions {
  /** One-sided level of the band: the row's false-fail rate (default 0.05). */
  alpha: number;
  /** Practical minimum, relative (0.10: never fail under +10%). */
  minChange: number;
  /** The stages whose edge blocks were disturbed (stage-touch.ts), to follow a spell over a stage's edge. */
  edges?: StageEdges;
}

export type StageOutcome = 'pass' | 'fail' | 'inconclusive';

export interface StageJudgement {
  outcome: StageOutcome;
  why:
    | 'inside the bar'
    | 'past the bar'
    | 'own uncertainty straddles the bar'
    | 'cleared only without its disturbed stages';
  /** This run's level less the base runs' (ln), mean over the undisturbed stages. */
  shift: number;
  /** The same over every judged stage, disturbed ones included. */
  shiftAll: number;
  /** The band's centre and its prediction scale (ln), and the bar the shift is held to (ln). */
  centre: number;
  scale: number;
  bar: number;
  /** ln widening of this run's fail point from its own uncertainty beyond the base runs' typical. */
  excess: number;
  /** Plan indices of the stages judged, and of those left out as disturbed (spilled ones included). */
  stages: number[];
  disturbed: number[];
  /** Of the disturbed, those left out only because a disturbed neighbour's spell spilled over their edge. */
  spilled: number[];
  /** Base runs the band rests on. */
  runs: number;
  /** One-sided p-value of an unchanged run shifting this far past the centre. */
  p: number;
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sdOf = (v: readonly number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, v.length - 1));
};

/** Standard error of a run's mean stage shift over `stages` (its stages' errors are independent); null when any is unknown. */
function shiftSe(run: StageRun, stages: readonly number[]): number | null {
  const ses = stages.map((s) => run[s]?.se ?? null);
  if (ses.some((e) => e === null)) return null;
  return Math.sqrt(ses.reduce((a: number, e) => a + e! * e!, 0)) / stages.length;
}

/** Per judged stage: this run's level less the median of `base` at that stage. */
function stageShifts(run: StageRun, base: readonly StageRun[], stages: readonly number[]): number[] {
  return stages.map((s) => run[s]!.level - median(base.map((b) => b[s]!.level)));
}

/**
 * The stages disturbed outright, with their neighbours where the spell spilled over the edge
 * between them (the neighbour's block at that edge disturbed). A stage with a disturbed block
 * elsewhere stays judged: on the real recordings an unchanged run's stage strays as far by itself
 * (quiet-healthy-5's VU 50 ramp, +0.18 over its other stages, as much as quiet-healthy-6's spill),
 * and leaving every such stage out cost a ×1.3 catch and, on the shared machine, a ×2 one.
 */
function withSpills(outright: ReadonlySet<number>, edges: StageEdges): Set<number> {
  const disturbed = new Set(outright);
  for (const s of outright) {
    if (edges.last.has(s - 1)) disturbed.add(s - 1);
    if (edges.first.has(s + 1)) disturbed.add(s + 1);
  }
  return disturbed;
}

/**
 * Judges this run's stages against the base runs' (the caller picks the newest). Base runs of
 * another plan (another stage count) are left out; a stage is judged where this run and every
 * base run have its p95. Null under MIN_STAGE_BASE_RUNS base runs or 2 judged stages.
 */
export function judgeStages(
  current: StageRun,
  baseRuns: readonly StageRun[],
  options: StageJudgementOptions,
): StageJudgement | null {
  const base = baseRuns.filter((b) => b.length === current.length);
  if (base.length < MIN_STAGE_BASE_RUNS) return null;
  const stages = current.flatMap((c, s) => (c !== null && base.every((b) => b[s] != null) ? [s] : []));
  if (stages.length < 2) return null;

  // Each base run against the others: its shift per stage, and how far each stage strays from its run's median stage.
  const baseStageShifts = base.map((b, i) =>
    stageShifts(
      b,
      base.filter((_, j) => j !== i),
      stages,
    ),
  );
  const strays = stages.map((_, k) => sdOf(baseStageShifts.map((d) => d[k]! - median(d))));
  const n = base.length;
  const t = studentTQuantile(1 - options.alpha, n - 1);
  const floor = Math.log1p(options.minChange);

  const shifts = stageShifts(current, base, stages);
  const middle = median(shifts);
  // Disturbed: farther above the run's median stage than ×DISTURBED_STAGE_RATIO and than unchanged runs' same stage plausibly strays.
  const outright = new Set(
    stages.filter((_, k) => shifts[k]! - middle > Math.max(Math.log(DISTURBED_STAGE_RATIO), t * strays[k]!)),
  );
  const disturbedSet = withSpills(outright, options.edges ?? NO_EDGES);
  const isDisturbed = (k: number) => disturbedSet.has(stages[k]!);
  const kept = stages.flatMap((_, k) => (isDisturbed(k) ? [] : [k]));
  const disturbed = stages.filter((_, k) => isDisturbed(k));
  const spilled = disturbed.filter((st) => !outright.has(st));
  const shiftAll = mean(shifts);
  const shift = mean(kept.map((k) => shifts[k]!));

  // The band over the stages judged: fewer stages, a wider band. The kept stages' band decides a
  // fail and a pass without the disturbed ones; the whole band a plain pass.
  const bandOver = (ks: readonly number[]) => {
    const baseShifts = baseStageShifts.map((d) => mean(ks.map((k) => d[k]!)));
    const sub = ks.map((k) => stages[k]!);
    const baseSes = base.map((b) => shiftSe(b, sub)).filter((e): e is number => e !== null);
    const typical = baseSes.length > 0 ? median(baseSes) : 0;
    const centre = mean(baseShifts);
    const scale = Math.max(sdOf(baseShifts), typical);
    return { centre, scale, typical, bar: Math.max(floor, centre + t * scale), own: shiftSe(current, sub) ?? 0 };
  };
  const whole = bandOver(stages.map((_, k) => k));
  const band = disturbed.length > 0 ? bandOver(kept) : whole;
  const { centre, scale, bar } = band;
  // This run's uncertainty beyond the base runs' typical one: it widens this run's fail point (as
  // an independent term of the prediction) and must be cleared before a pass, never the band.
  const excessSdOf = (b: typeof band) => Math.sqrt(Math.max(0, b.own * b.own - b.typical * b.typical));
  const excessSd = excessSdOf(band);
  const failAt = Math.max(floor, centre + t * Math.sqrt(scale * scale + excessSd * excessSd));
  const z = normalQuantile(1 - options.alpha);
  const reach = z * excessSd;
  const excess = failAt - bar;

  // Far vaguer than its history, a run cannot vouch for itself: no pass, whatever its own reach says.
  const judgeable = whole.typical === 0 || whole.own <= MAX_OWN_SE_RATIO * whole.typical;
  const why: StageJudgement['why'] =
    shift > failAt
      ? 'past the bar'
      : judgeable && shiftAll + z * excessSdOf(whole) <= whole.bar
        ? 'inside the bar'
        : disturbed.length > 0 && shift + reach <= bar
          ? 'cleared only without its disturbed stages'
          : 'own uncertainty straddles the bar';
  const outcome: StageOutcome = why === 'past the bar' ? 'fail' : why === 'inside the bar' ? 'pass' : 'inconclusive';
  const distance = shift - centre;
  const p = scale > 0 ? 1 - studentTCdf(distance / scale, n - 1) : distance > 0 ? 0 : 1;
  return { outcome, why, shift, shiftAll, centre, scale, bar, excess, stages, disturbed, spilled, runs: n, p };
}

/**
 * A stage's point from its p50 and its p95 with 95% interval (ms): the standard error from the p95
 * interval's lower side. Null for a stage of fewer than MIN_STAGE_REQUESTS requests: not judged.
 */
export function stagePoint(
  p50: { value: number } | null | undefined,
  p95: { value: number; low?: number | null } | null | undefined,
  requests: number,
): StagePoint | null {
  if (requests < MIN_STAGE_REQUESTS) return null;
  if (!p50 || !(p50.value > 0) || !p95 || !(p95.value > 0)) return null;
  const low = p95.low;
  const se =
    low != null && low > 0 && low <= p95.value ? (Math.log(p95.value) - Math.log(low)) / 1.959963984540054 : null;
  return { level: stageLevel(p50.value, p95.value), se };
}
