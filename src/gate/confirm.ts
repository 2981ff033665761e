/**
 * Confirm before failing: when a latency row, the file's or history's, failed or could not tell
 * on a healthy run (judge/compose.ts asksConfirmation), the scenario runs once more. This step
 * only runs it; composeVerdict (verdict.ts) lets a row fail only when it failed in both runs.
 * Results-file mode has nothing to re-run and says so; a re-run that k6 or the target cut short
 * clears nothing.
 */
import { K6RunError } from '../k6/scenario-run.js';
import { TargetDownError } from '../probe/target.js';
import type { JudgedRun } from './judge-run.js';

export interface ConfirmSettings {
  /** The `confirm` input. */
  enabled: boolean;
  /** The rows that ask for a second run (failed or could not tell); empty when none does. */
  asking: readonly string[];
  /** Runs and judges the scenario again; null when there is nothing to re-run (results-file mode). */
  rerun: (() => Promise<JudgedRun>) | null;
  info: (message: string) => void;
}

/** What confirming the first run came to. */
export type Confirmation =
  | { kind: 'not-needed' }
  | { kind: 'not-rerun'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'rerun'; second: JudgedRun };

export async function confirmRun(settings: ConfirmSettings): Promise<Confirmation> {
  if (!settings.enabled || settings.asking.length === 0) return { kind: 'not-needed' };
  if (settings.rerun === null) {
    const reason =
      'results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run';
    return { kind: 'not-rerun', reason };
  }
  settings.info(
    `Latency check failed or could not tell (${settings.asking.join(', ')}): running the scenario once more to confirm`,
  );
  try {
    return { kind: 'rerun', second: await settings.rerun() };
  } catch (error) {
    // k6 gave no results or the target went down: the first run's verdict stands.
    if (error instanceof K6RunError || error instanceof TargetDownError)
      return { kind: 'failed', reason: error.message };
    throw error;
  }
}

/** The run the report and the history describe: the confirmation run when there was one. */
export function lastRun(first: JudgedRun, confirmation: Confirmation): JudgedRun {
  return confirmation.kind === 'rerun' ? confirmation.second : first;
}
