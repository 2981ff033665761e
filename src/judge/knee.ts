/**
 * The knee: the first stage where performance degrades, the guide's "performance degrades
 * from VU N". Each stage after the reference (the first stage with enough requests) is held
 * to three rules; the first stage breaking any of them is the knee, with every rule it breaks.
 *
 * - latency: its p95 is at least P95_RATIO times the reference's, and at least
 *   P95_MIN_GROWTH_MS more (3 ms → 9 ms is jitter, not degradation).
 * - errors: its error rate is at least ERROR_RATE_MIN and its Wilson 95% interval lies wholly
 *   above the reference's: errors starting, or surging past a constant background, on evidence.
 * - throughput: its load target rose at least LOAD_RISE over the previous stage's, yet its
 *   requests/s rose less than RPS_RISE_MIN.
 *
 * Stages whose load target falls (the ramp-down, a spike's decrease) are never the knee:
 * their latency and errors are the backlog of the stage before, and throughput falls with the load.
 */
import type { StageResult } from '../results/types.js';
import { formatFigure } from '../figures/catalogue.js';
import { wilsonInterval } from './interval.js';
import type { Knee } from './types.js';

export const P95_RATIO = 3;
export const P95_MIN_GROWTH_MS = 50;
export const ERROR_RATE_MIN = 0.01;
export const LOAD_RISE = 0.5;
export const RPS_RISE_MIN = 0.1;
/** Fewer requests than this make a stage's p95 and error rate too uncertain to compare. */
export const MIN_STAGE_REQUESTS = 20;

const ms = (v: number): string => formatFigure('p95', v);
const pct = (v: number): string => formatFigure('error-rate', v);
const rps = (v: number): string => formatFigure('rps', v);

function latencyRule(stage: StageResult, ref: StageResult): string | null {
  const p95 = stage.duration?.p95;
  const refP95 = ref.duration?.p95;
  if (p95 === undefined || refP95 === undefined || stage.requests < MIN_STAGE_REQUESTS) return null;
  if (p95 < P95_RATIO * refP95 || p95 - refP95 < P95_MIN_GROWTH_MS) return null;
  const ratio = refP95 > 0 ? `${(p95 / refP95).toLocaleString('en-US', { maximumFractionDigits: 0 })}× ` : '';
  return `p95 ${ms(p95)} is ${ratio}the ${ms(refP95)} at ${ref.stage.label}`;
}

function errorRule(stage: StageResult, ref: StageResult): string | null {
  if (stage.requests < MIN_STAGE_REQUESTS || stage.errorRate < ERROR_RATE_MIN) return null;
  const now = wilsonInterval(stage.failed, stage.requests);
  const before = wilsonInterval(ref.failed, ref.requests);
  if (!now || !before || now.low <= before.high) return null;
  return ref.failed === 0
    ? `errors start: ${pct(stage.errorRate)} of requests fail (none at ${ref.stage.label})`
    : `errors rise to ${pct(stage.errorRate)} from ${pct(ref.errorRate)} at ${ref.stage.label}`;
}

function throughputRule(stage: StageResult, previous: StageResult): string | null {
  if (previous.requests === 0 || previous.stage.target <= 0) return null;
  if (stage.stage.target < previous.stage.target * (1 + LOAD_RISE)) return null;
  if (stage.rps >= previous.rps * (1 + RPS_RISE_MIN)) return null;
  return `throughput stalls: ${rps(stage.rps)} against ${rps(previous.rps)} at ${previous.stage.label} while the load rose to ${stage.stage.label}`;
}

export function findKnee(stages: readonly StageResult[]): Knee | null {
  const refIndex = stages.findIndex((s) => s.requests >= MIN_STAGE_REQUESTS && s.duration !== null);
  const ref = stages[refIndex];
  if (ref === undefined) return null;
  for (let i = refIndex + 1; i < stages.length; i++) {
    const stage = stages[i];
    const previous = stages[i - 1];
    if (stage === undefined || previous === undefined) continue;
    // A stage without requests never ran (k6 ended early): it cannot be where load degraded.
    if (stage.requests === 0) continue;
    if (stage.stage.target < previous.stage.target) continue;
    const reasons = [latencyRule(stage, ref), errorRule(stage, ref), throughputRule(stage, previous)].filter(
      (r): r is string => r !== null,
    );
    if (reasons.length > 0) return { stageIndex: i, label: stage.stage.label, reason: reasons.join('; ') };
  }
  return null;
}
