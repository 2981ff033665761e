/** The gate's last step: the verdict, given `fail-on`, fails the step or is said in the log. */
import type { ActionIO } from '../core/io.js';
import type { FailOn } from '../config/types.js';
import { stepFails } from '../judge/step.js';
import type { Verdict } from '../judge/types.js';

export function settleStep(io: ActionIO, verdict: Verdict, failOn: FailOn): void {
  const exit = stepFails(verdict, failOn);
  if (exit.fails) io.setFailed(exit.reason);
  else io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
}
