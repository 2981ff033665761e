import { renderFailedRun, type FailedRun } from './failed-run.js';

/** The short report of a run that never started because the target did not answer. */
export function renderTargetDown(run: FailedRun, reason: string): string {
  return renderFailedRun('the target is unreachable', run, reason);
}
