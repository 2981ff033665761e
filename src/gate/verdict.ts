/**
 * The one place the final verdict is composed, from pure pieces made elsewhere: each run's
 * judgement (judge-run.ts), the confirmation (confirm.ts) and history's rows (history.ts), put
 * together by judge/compose.ts. No other module reshapes a verdict.
 */
import {
  composeRuns,
  runFigures,
  type ComposedVerdict,
  type ConfirmationOutcome,
  type RunVerdicts,
} from '../judge/compose.js';
import type { LoadReference } from '../judge/delivered-load.js';
import type { Confirmation } from './confirm.js';
import type { HistoryStep } from './history.js';
import type { JudgedRun } from './judge-run.js';

/** A judged run as composeRuns takes it: the file's rows, history's rows, whether the runner held up. */
export function runVerdicts(run: JudgedRun, history: HistoryStep): RunVerdicts {
  // A duet's base ran beside head in the same run (verdict.paired): history adds no rows to it.
  const historyRows = run.verdict.paired ? [] : history.rowsFor(run.result);
  return {
    file: run.verdict,
    history: historyRows,
    inconclusive: run.verdict.inconclusive ?? null,
    figures: runFigures(run.result),
    loadReference: loadReference(history),
  };
}

/** The base runs' load, else the stage baseline's where every stage has a request count. */
function loadReference(history: HistoryStep): LoadReference | null {
  if (history.baseRequests !== null) return { requests: history.baseRequests, source: 'the history' };
  const stages = history.thresholds.stageBaseline?.stages ?? [];
  if (stages.length === 0 || stages.some((s) => s.requests === undefined)) return null;
  return {
    requests: stages.reduce((sum, s) => sum + (s.requests ?? 0), 0),
    source: "the thresholds file's stage baseline",
  };
}

/**
 * `pooled`: both runs read as one (pooled-run.ts), whose error-rate rows, the file's and
 * history's, are the verdict's after a confirmation; null without a pair (the first run's stand).
 */
export function composeVerdict(
  first: JudgedRun,
  confirmation: Confirmation,
  history: HistoryStep,
  pooled: JudgedRun | null = null,
): ComposedVerdict {
  const outcome: ConfirmationOutcome =
    confirmation.kind === 'not-needed'
      ? { kind: 'none' }
      : confirmation.kind === 'rerun'
        ? {
            kind: 'rerun',
            second: runVerdicts(confirmation.second, history),
            pooled: pooled && runVerdicts(pooled, history),
          }
        : confirmation;
  return composeRuns(runVerdicts(first, history), outcome);
}
