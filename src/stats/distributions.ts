/**
 * The distribution functions the judgement needs, from @stdlib (a maintained, tested numerics
 * library) rather than hand-written tables or series. One module, so every caller gets the same
 * functions and the names read in the domain.
 */
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdfImpl from '@stdlib/stats-base-dists-t-cdf';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

/** The value Student's t with `df` degrees of freedom stays below with probability `p`. */
export function studentTQuantile(p: number, df: number): number {
  return tQuantileImpl(p, df);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return tCdfImpl(t, df);
}

/** The value the standard normal stays below with probability `p`. */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}

/** P(Z ≤ z) for the standard normal. */
export function normalCdf(z: number): number {
  return normalCdfImpl(z, 0, 1);
}

/** Half-width factor of a two-sided 95% interval from Student's t with `df` degrees of freedom. */
export function studentT95(df: number): number {
  return tQuantileImpl(0.975, df);
}
