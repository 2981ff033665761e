/**
 * The one place the final verdict is composed, from pure pieces made elsewhere: each run's
 * judgement (judge-run.ts), the confirmation (confirm.ts) and history's rows (history.ts), put
 * together by judge/compose.ts. No other module reshapes a verdict.
 */
import { composeRuns, type ComposedVerdict, type ConfirmationOutcome, type RunVerdicts } from '../judge/compose.js';
import type { Confirmation } from './confirm.js';
import type { HistoryStep } from './history.js';
import type { JudgedRun } from './judge-run.js';

/** A judged run as composeRuns takes it: the file's rows, history's rows, whether the runner held up. */
export function runVerdicts(run: JudgedRun, history: HistoryStep): RunVerdicts {
  // A duet's base ran beside head in the same run (verdict.paired): history adds no rows to it.
  const historyRows = run.verdict.paired ? [] : history.rowsFor(run.result);
  return { file: run.verdict, history: historyRows, inconclusive: run.verdict.inconclusive ?? null };
}

export function composeVerdict(first: JudgedRun, confirmation: Confirmation, history: HistoryStep): ComposedVerdict {
  const outcome: ConfirmationOutcome =
    confirmation.kind === 'not-needed'
      ? { kind: 'none' }
      : confirmation.kind === 'rerun'
        ? // Pooling both runs' error rates is not wired yet (each run keeps its own file): the first run's stand.
          { kind: 'rerun', second: runVerdicts(confirmation.second, history), pooled: null }
        : confirmation;
  return composeRuns(runVerdicts(first, history), outcome);
}
