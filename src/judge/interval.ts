/**
 * The 95% confidence interval of an error rate, by Wilson's score method: unlike the normal
 * (Wald) approximation it stays inside [0, 1] and does not collapse to [0, 0] when no request
 * failed (0 of 500 still allows up to 0.8%), and unlike Clopper–Pearson it needs no inverse
 * beta function and is not systematically wider than 95%, which would turn more checks into
 * warnings than the evidence warrants.
 */
import type { ConfidenceInterval } from '../results/types.js';

/** Two-sided 95% standard normal quantile. */
const Z95 = 1.959963984540054;

export function wilsonInterval(failed: number, total: number, z: number = Z95): ConfidenceInterval | null {
  if (total <= 0) return null;
  const p = failed / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // At 0 or n failures the bound is exactly 0 or 1; rounding must not hide that.
  return {
    low: failed === 0 ? 0 : Math.max(0, centre - half),
    high: failed === total ? 1 : Math.min(1, centre + half),
  };
}
