/**
 * The one place the final verdict is composed, from pure pieces made elsewhere: each run's
 * judgement (judge-run.ts), the confirmation (confirm.ts, judge/confirmation.ts) and history
 * (history.ts, history/verdict.ts). No other module reshapes a verdict.
 */
import { confirmVerdict, needsConfirmation } from '../judge/confirmation.js';
import type { Verdict } from '../judge/types.js';
import { foldHistoryIntoVerdict } from '../history/verdict.js';
import type { Confirmation } from './confirm.js';
import type { HistoryStep } from './history.js';
import { judgeAgainst, type JudgedRun } from './judge-run.js';

export function composeVerdict(first: JudgedRun, confirmation: Confirmation, history: HistoryStep): Verdict {
  // Where history stands in for the file's static baselines, every run is judged without them,
  // the confirmation run and the first alike, so the confirmation survives history.
  const verdictOf = (run: JudgedRun) =>
    history.baseline === 'history' ? judgeAgainst(run, history.thresholds) : run.verdict;
  const confirmed = withConfirmation(verdictOf(first), confirmation, verdictOf);
  const compared = history.comparison;
  return compared === null ? confirmed : foldHistoryIntoVerdict(confirmed, compared.rows, compared.base);
}

function withConfirmation(first: Verdict, confirmation: Confirmation, verdictOf: (run: JudgedRun) => Verdict): Verdict {
  switch (confirmation.kind) {
    case 'not-needed':
      return first;
    case 'not-rerun':
      // Judged without the static baselines, the failure that asked for a second run may be gone.
      return needsConfirmation(first)
        ? { ...first, confirmation: { kind: 'not-rerun', reason: confirmation.reason } }
        : first;
    case 'rerun':
      return confirmVerdict(first, verdictOf(confirmation.second));
  }
}
