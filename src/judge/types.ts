/** The judgement of a RunResult against a thresholds file: what report and exit consume. */
import type { Severity } from '../config/thresholds.js';
import type { Figure, Scope } from '../figures/catalogue.js';
import type { ConfidenceInterval } from '../results/types.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  /** Readable id, e.g. "p95 (enqueue)". */
  name: string;
  figure: Figure;
  scope: Scope;
  severity: Severity;
  /** Measured value (ms for latencies, fraction for error rate); null when not measurable. */
  value: number | null;
  /** 95% confidence interval of the value, when one exists. */
  interval: { low: number; high: number } | null;
  /** How the interval was made ("batch means, 10 blocks of 7 s"): for the report's details, not its headline. */
  intervalMethod?: string;
  /** The effective limit the value is compared with (the tighter of absolute and baseline + allowance). */
  limit: number | null;
  /** Baseline value from the thresholds file, if any. */
  baseline: number | null;
  /** value - baseline, and as a fraction of baseline. */
  delta: { absolute: number; relative: number | null } | null;
  status: CheckStatus;
  /** One sentence on how sure the status is, e.g. "whole 95% interval below the limit". */
  confidence: string;
  /** One-sided p-value of "worse than its fail point", when the row's test gives one (history's band); else family.ts derives it. */
  p?: number;
  /**
   * The run's primary check (history's p95 row judged per stage): held at the run's level on its
   * own, outside the Holm family of the other rows (family.ts).
   */
  primary?: boolean;
  /**
   * Where the row is decided on a relative change other than value against limit (the p95 judged
   * per stage or per 5 s block): that change and its fail point, which the report shows instead,
   * so the limit a reader sees is the one the row failed or passed on.
   */
  judgedOn?: RelativeJudgement;
}

/** A row's change as judged (+0.12 = 12% worse) and the change it fails past, e.g. "per stage". */
export interface RelativeJudgement {
  unit: 'per stage' | 'per 5 s block';
  change: number;
  failAt: number;
}

export interface Knee {
  /** Index into RunResult.stages of the first stage that degrades. */
  stageIndex: number;
  label: string;
  reason: string;
}

export interface Verdict {
  status: CheckStatus;
  checks: CheckResult[];
  knee: Knee | null;
  /**
   * What the evidence lacks, when the results are incomplete: the verdict cannot pass then, and
   * with `fatal` (the load made no request) the step fails whatever `fail-on` says.
   */
  missingEvidence?: { message: string; fatal: boolean } | null;
  /** Why the runner-bound figures were not judged (the load generator was saturated); absent when they were. */
  inconclusive?: string | null;
  /** Why a pass on a saturated runner stands: the load it sent (delivered-load.ts); absent otherwise. */
  loadDelivered?: string;
  /** How a latency failure was confirmed (or why it could not be); absent when none was needed. */
  confirmation?: Confirmation | null;
  /** Duet mode: head against base measured side by side in the same run; absent otherwise. */
  paired?: PairedJudgement | null;
}

/** One runner-bound check that failed in either run, as both runs measured it. */
export interface ConfirmationRow {
  name: string;
  figure: Figure;
  first: number | null;
  second: number | null;
  limit: number | null;
  firstStatus: CheckStatus;
  secondStatus: CheckStatus;
  /** Rows decided on a relative change (CheckResult.judgedOn): each run's, shown instead of value and limit. */
  judgedOn?: { first: RelativeJudgement | null; second: RelativeJudgement | null };
}

/** A run's key figures over its load (setup and teardown left out), for the report's "Both runs" table. */
export interface RunFigures {
  p95: number | null;
  p99: number | null;
  /** Null when the load made no request. */
  errorRate: number | null;
  requests: number;
}

/** One run of a confirmed pair: its figures and the verdict it had on its own. */
export interface PairRun extends RunFigures {
  status: CheckStatus;
}

export type Confirmation =
  /**
   * The scenario ran again; `repeated`: a check failed in both runs. The verdict rests on the
   * second run. `runs`: both runs' figures and own verdicts, first then confirmation (absent when unknown).
   */
  | { kind: 'rerun'; repeated: boolean; rows: ConfirmationRow[]; runs?: [PairRun, PairRun] }
  /** A failure that could not be confirmed (results-file mode: nothing to re-run). */
  | { kind: 'not-rerun'; reason: string };

/** The figures a duet compares head with base on: request figures whose worse direction is up. */
export type PairedFigure = 'p95' | 'p99' | 'error-rate';

/** One figure of head against base, measured side by side in a duet (judge/paired.ts). */
export interface PairedCheck {
  name: string;
  figure: PairedFigure;
  scope: Scope;
  severity: Severity;
  /** Each target's figure over all its requests in the scope; null when it made none. */
  base: number | null;
  head: number | null;
  /** Head's change over base: relative for latencies (0.1 = 10% slower), in points of rate for errors. */
  change: number | null;
  /** The change's interval at the family-wise level; null with too few blocks. */
  interval: ConfidenceInterval | null;
  /** The change past which the check fails, in the change's units. */
  margin: number;
  blocks: number;
  status: CheckStatus;
  confidence: string;
}

export interface PairedJudgement {
  status: CheckStatus;
  checks: PairedCheck[];
  minChange: number;
  /** One-sided level of each check's interval (FAMILY_ALPHA over the number of checks). */
  alphaEach: number;
  blockMs: number;
  /** Both targets' p95 block by block over the whole load, for the report's chart. */
  p95OverTime: Array<{ offsetMs: number; head: number | null; base: number | null }>;
}
