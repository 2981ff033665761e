/**
 * A stage's latency level, shared by history's p95 row (history/stage-judgement.ts) and the
 * thresholds file's stage baseline (stage-baseline.ts): the mean of ln p50 and ln p95, as duet
 * mode's shift averages the quantiles below the check's own (paired-blocks.ts). On the 6
 * quiet-machine recordings (test/fixtures/recordings/compact/quiet-*) the stages' p95 alone spread
 * by 0.10 (ln) from run to run, the level by 0.063; the service made 1.5× slower moved the level by
 * 0.35–0.51 in all 5 of its recordings. The heavy stages' p95 rests on a few scheduling stalls of
 * a saturated runner, the median on every request. The price: a change confined to the slowest
 * few percent counts about half; the report still shows the run's whole p95.
 */

/** ln of a stage's level from its p50 and p95 (ms, both > 0). */
export function stageLevel(p50: number, p95: number): number {
  return (Math.log(p50) + Math.log(p95)) / 2;
}

/**
 * A stage this many times slower (against its reference) than the run's median stage is
 * disturbed: a slower code path moves every stage alike, a spell on the runner a few. On the
 * quiet-machine recordings no stage of an unchanged or uniformly slowed run strays this far.
 */
export const DISTURBED_STAGE_RATIO = 1.5;

/**
 * A stage judged by its level needs this many requests, so that its p95 rests on 20 requests past
 * it. The quick profile's first stage (6 s at 10 VUs, about 40 requests) has a p95 interval of
 * −55%/+20% on the real recordings, alone wider than the whole verdict needs: it is left out, and
 * the sentence says so.
 */
export const MIN_STAGE_REQUESTS = 400;
