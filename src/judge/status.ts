/**
 * The one order of a check's status, best to worst. The verdict is its worst check's status, a
 * floor raises a status to itself, and the report lists the worst checks first: all by this order.
 */
import type { CheckStatus } from './types.js';

const RANK: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** Higher is worse: pass 0, warn 1, fail 2. */
export function statusRank(status: CheckStatus): number {
  return RANK[status];
}

/** The worst of the statuses; pass when there are none. */
export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'pass');
}
