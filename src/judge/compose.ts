/**
 * The one composition of the verdict, pure: from the judged run(s), the confirmation and
 * history's rows to the verdict the report shows and the step acts on.
 *
 * - A run's rows are the thresholds file's checks plus history's: history adds checks and never
 *   loosens the file's. They form one family: Holm's procedure holds the run's false-fail rate
 *   to 5% (family.ts). An overloaded runner caps every runner-bound row, history's included.
 * - Any failing runner-bound (latency, rps) row, from the file or from history, asks for a
 *   confirmation run; so does one whose own uncertainty straddles its fail point ("cannot tell").
 * - After a confirmation run a row fails only when it failed in both runs; error rates are the
 *   target's answers and are judged once, on both runs pooled, so a second run is no second
 *   chance to fail.
 * - A confirmation run that is incomplete, failed, or met a target gone down clears nothing: the
 *   first run's verdict stands, and says so.
 * - A default-branch run that was confirmed records one history entry built from both runs.
 * - A duet's paired latency rows (judge/paired.ts) are runner-bound rows too: one that fails asks
 *   for the confirmation run and fails only when the confirmation run's fails as well.
 */
import type { RunResult } from '../results/types.js';
import { holmFamily } from './family.js';
import { deliveredLoad, type LoadReference } from './delivered-load.js';
import { runnerBound } from './inconclusive.js';
import { pairedAfterConfirmation, pairedAsking } from './paired-confirm.js';
import { worstStatus } from './status.js';
import type { CheckResult, CheckStatus, ConfirmationRow, PairRun, RunFigures, Verdict } from './types.js';

/** One k6 run, judged. */
export interface RunVerdicts {
  /** The thresholds file's checks on this run, with its evidence (judge()). */
  file: Verdict;
  /** History's rows on this run (empty when history is off or has too few runs). */
  history: readonly CheckResult[];
  /** Why this run's runner-bound rows are not judged (the load generator was saturated); null when healthy. */
  inconclusive: string | null;
  /** The run's key figures, for the report's "Both runs" table; absent when not known. */
  figures?: RunFigures;
  /** What the run's sent load is checked against when a saturated runner's pass must be earned (delivered-load.ts). */
  loadReference?: LoadReference | null;
}

export type ConfirmationOutcome =
  /** No confirmation was asked for, or the `confirm` input is off. */
  | { kind: 'none' }
  /** One was needed and nothing could be re-run (results-file mode). */
  | { kind: 'not-rerun'; reason: string }
  /** The second run did not give a complete run to judge: k6 failed or was cut, or the target went down. */
  | { kind: 'failed'; reason: string }
  /**
   * The second run, judged; `pooled`: the file and history judged on both runs' results as one run
   * (analyzeFiles of both files), whose error-rate rows are the verdict's. Null when they could not
   * be pooled: the first run's error-rate rows then stand.
   */
  | { kind: 'rerun'; second: RunVerdicts; pooled: RunVerdicts | null };

export interface ComposedVerdict {
  verdict: Verdict;
  /** What a default-branch run records in the history: this run, or one entry pooled from both runs. */
  record: 'this-run' | 'both-runs';
}

const isErrorRate = (check: CheckResult) => check.figure === 'error-rate';

/** A run's key figures over its load, as the step's outputs give them. */
export function runFigures(result: RunResult): RunFigures {
  const { overall } = result;
  return {
    p95: overall.duration?.p95 ?? null,
    p99: overall.duration?.p99 ?? null,
    errorRate: overall.requests > 0 ? overall.errorRate : null,
    requests: overall.requests,
  };
}

/**
 * A row this run could not decide: its severity would fail it, but its fail point lies inside the
 * run's own uncertainty. judge.ts and history/verdict.ts both say so in these words.
 */
export function cannotTell(check: CheckResult): boolean {
  return check.status === 'warn' && check.severity === 'fail' && check.confidence.includes('this run cannot tell');
}

/**
 * What the rows cannot lower: incomplete results never pass, no requests at all fail, and a duet's
 * paired judgement (its own rows, judge/paired.ts) stands beside the file's.
 */
function floorOf(verdict: Verdict): CheckStatus {
  const evidence = verdict.missingEvidence ? (verdict.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
  return worstStatus([evidence, verdict.paired?.status ?? 'pass']);
}

/** A runner-bound failure on a saturated runner says nothing about the target: a warning. */
function capped(check: CheckResult, inconclusive: string | null): CheckResult {
  if (inconclusive === null || check.status !== 'fail' || !runnerBound(check.figure)) return check;
  return { ...check, status: 'warn', confidence: `${check.confidence}; not judged: ${inconclusive}` };
}

/**
 * One run's verdict: the file's rows and history's, one family under Holm's procedure
 * (family.ts), each runner-bound row then capped when the runner was saturated.
 */
export function runVerdict(run: RunVerdicts): Verdict {
  const checks = holmFamily([...run.file.checks, ...run.history]).map((c) => capped(c, run.inconclusive));
  const status = worstStatus([...checks.map((c) => c.status), floorOf(run.file)]);
  if (run.inconclusive === null || status !== 'pass')
    return { ...run.file, checks, status, ...(run.inconclusive === null ? {} : { inconclusive: run.inconclusive }) };
  // A pass on a saturated runner stands only on the load it sent.
  const delivered = deliveredLoad(run.figures?.requests ?? 0, run.loadReference ?? null);
  return delivered.earned
    ? { ...run.file, checks, status, inconclusive: run.inconclusive, loadDelivered: delivered.sentence }
    : { ...run.file, checks, status: 'warn', inconclusive: `${run.inconclusive}; ${delivered.sentence}` };
}

/**
 * Worth a second run: a complete run on a healthy runner with a runner-bound row, from the file or
 * from history, that failed or could not tell.
 */
export function asksConfirmation(run: RunVerdicts): boolean {
  return askingRows(run).length > 0;
}

/** The names of the rows that ask for a second run (none on a saturated runner or an incomplete run). */
export function askingRows(run: RunVerdicts): string[] {
  if (run.inconclusive !== null || run.file.missingEvidence) return [];
  const verdict = runVerdict(run);
  const rows = verdict.checks.filter((c) => runnerBound(c.figure) && (c.status === 'fail' || cannotTell(c)));
  return [...rows.map((c) => c.name), ...pairedAsking(run.file.paired)];
}

/**
 * The row after both runs: fails only when it failed in both. A failure the confirmation run did
 * not repeat was noise (its row stands); one seen in the confirmation run only is a warning.
 */
function confirmedRow(before: CheckResult, after: CheckResult): CheckResult {
  if (after.status === 'fail' && before.status !== 'fail')
    return { ...after, status: 'warn', confidence: `${after.confidence}; failed in the confirmation run only` };
  return after;
}

function confirmationRow(before: CheckResult, after: CheckResult): ConfirmationRow {
  return {
    name: after.name,
    figure: after.figure,
    first: before.value,
    second: after.value,
    limit: after.limit,
    firstStatus: before.status,
    secondStatus: after.status,
    ...(before.judgedOn || after.judgedOn
      ? { judgedOn: { first: before.judgedOn ?? null, second: after.judgedOn ?? null } }
      : {}),
  };
}

export function composeRuns(first: RunVerdicts, confirmation: ConfirmationOutcome): ComposedVerdict {
  const one = runVerdict(first);
  if (confirmation.kind === 'none') return { verdict: one, record: 'this-run' };
  if (confirmation.kind === 'not-rerun' || confirmation.kind === 'failed') {
    const reason =
      confirmation.kind === 'failed'
        ? `the confirmation run gave no complete run to judge (${confirmation.reason}), so it clears nothing: the first run's verdict stands`
        : confirmation.reason;
    return { verdict: { ...one, confirmation: { kind: 'not-rerun', reason } }, record: 'this-run' };
  }
  const two = runVerdict(confirmation.second);
  if (confirmation.second.file.missingEvidence) {
    const reason = `the confirmation run's results are incomplete (${confirmation.second.file.missingEvidence.message}), so it clears nothing: the first run's verdict stands`;
    return { verdict: { ...one, confirmation: { kind: 'not-rerun', reason } }, record: 'this-run' };
  }
  const rows: ConfirmationRow[] = [];
  // The file's rows line up by position (the same checks judged each time); history's by name.
  const counterpart = (run: Verdict, source: RunVerdicts, i: number, name: string) =>
    i < first.file.checks.length
      ? run.checks[i]
      : run.checks.slice(source.file.checks.length).find((c) => c.name === name);
  const pooled = confirmation.pooled && runVerdict(confirmation.pooled);
  const checks = one.checks.map((before, i) => {
    if (isErrorRate(before)) return (pooled && counterpart(pooled, confirmation.pooled!, i, before.name)) ?? before;
    const after = counterpart(two, confirmation.second, i, before.name);
    // A row only one run has (history short in one of them) is judged on that run alone.
    if (after === undefined) return before;
    if (runnerBound(before.figure) && (before.status !== 'pass' || after.status !== 'pass'))
      rows.push(confirmationRow(before, after));
    return confirmedRow(before, after);
  });
  const repeated = rows.some((r) => r.firstStatus === 'fail' && r.secondStatus === 'fail');
  // Each run with the verdict it had on its own: the report shows both, never only the better one.
  const runs: [PairRun, PairRun] | null =
    first.figures && confirmation.second.figures
      ? [
          { ...first.figures, status: one.status },
          { ...confirmation.second.figures, status: two.status },
        ]
      : null;
  // The paired rows, like the file's, fail only when they failed in both runs.
  const paired = pairedAfterConfirmation(one.paired, two.paired);
  const floors = [floorOf({ ...one, paired }), floorOf({ ...two, paired })];
  return {
    verdict: {
      ...two,
      ...(paired === undefined ? {} : { paired }),
      checks,
      status: worstStatus([...checks.map((c) => c.status), ...floors]),
      confirmation: { kind: 'rerun', repeated, rows, ...(runs ? { runs } : {}) },
    },
    record: 'both-runs',
  };
}
