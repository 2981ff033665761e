/** The cautions the guide asks for, said only when they apply. */
import type { RunResult } from '../results/types.js';
import { formatCount, formatDuration } from './format.js';
import type { RunContext } from './types.js';

/** Runs at least this long can use up a t3.micro's CPU burst credits. */
export const LONG_RUN_MS = 2 * 60_000;

export function renderNotes(result: RunResult, context: RunContext): string {
  const notes: string[] = [];
  if (result.truncated) {
    notes.push('⚠️ The results file ends mid-line (k6 was stopped while writing): the last samples are missing.');
  }
  if (result.overall.droppedIterations > 0) {
    notes.push(
      `⚠️ k6 dropped ${formatCount(result.overall.droppedIterations)} iterations it could not start in time (no free VU): the target got less load than planned.`,
    );
  }
  if (result.durationMs >= LONG_RUN_MS) {
    notes.push(
      `🔋 A ${formatDuration(result.durationMs)} run on a t3.micro (the baseline's instance) may drain its CPU burst credits, after which the CPU is throttled and latency climbs: check the CPUCreditBalance before blaming the code.`,
    );
  }
  if (context.cleanedUp === true) {
    notes.push('🧹 Test data cleaned: teardown() removed the test users from the waiting lines.');
  } else if (context.cleanedUp === false) {
    notes.push(
      '⚠️ Test data **not** cleaned: the waiting lines still hold the test users. Remove them with `DELETE /api/v1/waitings/{boothId}` per user, or `FLUSHDB` on the staging Redis.',
    );
  } else {
    notes.push('❔ Unknown whether the test users were removed from the waiting lines afterwards.');
  }
  return ['### Notes', '', ...notes.map((n) => `- ${n}`)].join('\n');
}
