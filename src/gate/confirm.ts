/**
 * Confirm before failing: when latency checks are a healthy run's only failures, the scenario
 * runs once more. This step only decides and runs; composeVerdict (verdict.ts) lets the verdict
 * fail only on a check that failed in both runs (judge/confirmation.ts). Results-file mode has
 * nothing to re-run and says so.
 */
import { needsConfirmation } from '../judge/confirmation.js';
import type { JudgedRun } from './judge-run.js';

export interface ConfirmSettings {
  /** The `confirm` input. */
  enabled: boolean;
  /** Runs and judges the scenario again; null when there is nothing to re-run (results-file mode). */
  rerun: (() => Promise<JudgedRun>) | null;
  info: (message: string) => void;
}

/** What confirming the first run came to. */
export type Confirmation =
  { kind: 'not-needed' } | { kind: 'not-rerun'; reason: string } | { kind: 'rerun'; second: JudgedRun };

export async function confirmRun(first: JudgedRun, settings: ConfirmSettings): Promise<Confirmation> {
  if (!settings.enabled || !needsConfirmation(first.verdict)) return { kind: 'not-needed' };
  if (settings.rerun === null) {
    const reason =
      'results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run';
    return { kind: 'not-rerun', reason };
  }
  const failed = first.verdict.checks.filter((c) => c.status === 'fail').map((c) => c.name);
  settings.info(`Latency check failed (${failed.join(', ')}): running the scenario once more to confirm`);
  return { kind: 'rerun', second: await settings.rerun() };
}

/** The run the report and the history describe: the confirmation run when there was one. */
export function lastRun(first: JudgedRun, confirmation: Confirmation): JudgedRun {
  return confirmation.kind === 'rerun' ? confirmation.second : first;
}
