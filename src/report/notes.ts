/** The cautions the guide asks for, said only when they apply. */
import type { RunResult } from '../results/types.js';
import { formatCount, formatDuration, formatPercent } from '../figures/format.js';
import type { RunContext } from './types.js';

/** Runs at least this long can use up a t3.micro's CPU burst credits. */
export const LONG_RUN_MS = 2 * 60_000;

/** From this share of requests without a response (status 0), the target was down rather than struggling. */
export const NO_RESPONSE_SHARE = 0.9;

/** What k6's error codes of requests without a response mean (k6's lib/netext/httpext/error_codes.go). */
const NO_RESPONSE_CAUSES: Record<number, string> = {
  1050: 'request timeout',
  1100: 'DNS lookup failed',
  1101: 'no such host',
  1210: 'connection failed',
  1211: 'connection timeout',
  1212: 'connection refused',
  1220: 'connection reset',
};

/**
 * The burstable EC2 instance (t2, t3, t3a, t4g) the thresholds' baseline environment names, e.g.
 * "t3.micro"; null for any other environment: the burst-credit note belongs only there.
 */
export function burstableInstance(environment: string | null): string | null {
  return /\b(t(?:2|3a?|4g)\.(?:nano|micro|small|medium|large|xlarge|2xlarge))\b/i.exec(environment ?? '')?.[1] ?? null;
}

/**
 * Says the target was down when nearly every request, setup()'s logins included, got no
 * response: a target that refuses the logins leaves the load nothing to send, so the load's
 * own requests alone cannot tell.
 */
export function targetDown(result: RunResult): { share: string; cause: string | null; code: number | null } | null {
  const noResponse = result.statuses.find((s) => s.status === 0);
  // Every request, setup()'s logins included: a refused login leaves the load none of its own.
  let requests = 0;
  for (const status of result.statuses) requests += status.count;
  if (noResponse === undefined || requests === 0 || noResponse.count / requests < NO_RESPONSE_SHARE) return null;
  const code = noResponse.errorCode;
  return {
    share: formatPercent(noResponse.count / requests),
    cause: code === null ? null : (NO_RESPONSE_CAUSES[code] ?? null),
    code,
  };
}

function targetDownNote(result: RunResult): string | null {
  const down = targetDown(result);
  if (down === null) return null;
  const cause = down.code === null ? '' : ` (${down.cause ? `${down.cause}, ` : ''}k6 error ${down.code})`;
  return `🔌 The target did not answer: ${down.share} of requests got no response${cause}.`;
}

/** The headline's words for a target that was down: "the target refused connections". */
export function targetDownHeadline(result: RunResult): string | null {
  const down = targetDown(result);
  if (down === null) return null;
  const what =
    down.code === 1212 ? 'refused connections' : down.cause ? `did not answer (${down.cause})` : 'did not answer';
  return `the target ${what}: ${down.share} of requests got no response, so no figure describes it`;
}

export function renderNotes(result: RunResult, context: RunContext): string {
  const notes: string[] = [];
  const targetDown = targetDownNote(result);
  if (targetDown !== null) notes.push(targetDown);
  const instances = result.instances ?? [];
  if (instances.length > 1) {
    let skewMs = 0;
    for (const instance of instances) skewMs = Math.max(skewMs, instance.skewMs);
    notes.push(
      `🧩 ${instances.length} k6 instances (execution segments) judged as one run; their loads started up to ${formatDuration(skewMs)} apart, and each instance's stages are aligned to its own start.`,
    );
  }
  if (result.truncated) {
    notes.push('⚠️ The results file ends mid-line (k6 was stopped while writing): the last samples are missing.');
  }
  if (result.overall.droppedIterations > 0) {
    notes.push(
      `⚠️ k6 dropped ${formatCount(result.overall.droppedIterations)} iterations it could not start in time (no free VU): the target got less load than planned.`,
    );
  }
  const burstable = burstableInstance(context.baselineEnvironment ?? null);
  if (result.durationMs >= LONG_RUN_MS && burstable !== null) {
    notes.push(
      `🔋 A ${formatDuration(result.durationMs)} run on a ${burstable} (the baseline's instance) may drain its CPU burst credits, after which the CPU is throttled and latency climbs: check the CPUCreditBalance before blaming the code.`,
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
