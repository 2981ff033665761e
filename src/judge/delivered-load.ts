/**
 * Whether a pass on a saturated runner is earned, pure. A busy runner makes latency look worse,
 * but a starved k6 driving a closed model (ramping VUs) may also send fewer requests, and a target
 * under less load looks faster. So the pass stands only when the run sent the load its reference
 * runs sent: the history's base runs, or the stage baseline's request counts. Without a reference
 * nothing shows the load was delivered, and the run stays inconclusive.
 */
import { formatCount, formatPercent } from '../figures/format.js';

/** Share of the reference's requests a saturated run must send for its pass to stand. Unchanged quick runs spread 0.1%; two busy runs sent 99.5% and 99.8%. */
export const DELIVERED_SHARE = 0.97;

export interface LoadReference {
  /** Load-phase requests the reference runs sent (median). */
  requests: number;
  /** Where the reference comes from, for the sentence. */
  source: 'the history' | "the thresholds file's stage baseline";
}

export interface DeliveredLoad {
  earned: boolean;
  sentence: string;
}

export function deliveredLoad(requests: number, reference: LoadReference | null): DeliveredLoad {
  if (reference === null || !(reference.requests > 0))
    return {
      earned: false,
      sentence:
        'no request count to check that the starved runner still sent its load (record history, or write the stage baseline with perf-gate baseline), so a pass is not earned',
    };
  const share = requests / reference.requests;
  const sent = `it sent ${formatCount(requests)} requests, ${formatPercent(share)} of the ${formatCount(reference.requests)} in ${reference.source}`;
  return share >= DELIVERED_SHARE
    ? { earned: true, sentence: `${sent}, so the target saw its load` }
    : { earned: false, sentence: `${sent}: a lighter load makes the target look faster, so a pass is not earned` };
}
