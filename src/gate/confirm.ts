/**
 * Confirm before failing: when latency checks are a healthy run's only failures, the scenario
 * runs once more and the verdict rests on that second run, failing only on a check that failed
 * in both (judge/confirmation.ts). Results-file mode has nothing to re-run and says so.
 */
import { confirmVerdict, needsConfirmation } from '../judge/confirmation.js';
import type { JudgedRun } from './judge-run.js';

export interface ConfirmSettings {
  /** The `confirm` input. */
  enabled: boolean;
  /** Runs and judges the scenario again; null when there is nothing to re-run (results-file mode). */
  rerun: (() => Promise<JudgedRun>) | null;
  info: (message: string) => void;
}

export async function confirmFailures(first: JudgedRun, settings: ConfirmSettings): Promise<JudgedRun> {
  if (!settings.enabled || !needsConfirmation(first.verdict)) return first;
  if (settings.rerun === null) {
    const reason =
      'results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run';
    return { ...first, verdict: { ...first.verdict, confirmation: { kind: 'not-rerun', reason } } };
  }
  const failed = first.verdict.checks.filter((c) => c.status === 'fail').map((c) => c.name);
  settings.info(`Latency check failed (${failed.join(', ')}): running the scenario once more to confirm`);
  const second = await settings.rerun();
  return { ...second, verdict: confirmVerdict(first.verdict, second.verdict) };
}
