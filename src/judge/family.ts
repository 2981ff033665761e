/**
 * One family of checks per run, pure. Every row that can fail a run (its severity is "fail": the
 * file's and history's alike) is a test of "worse than its fail point"; tested alone at 2.5% or
 * 1% each, the bundled enqueue file's seven rows would fail about one unchanged run in ten.
 * Holm's step-down procedure over the family keeps the chance that an unchanged run fails any
 * row at or under FAMILY_ALPHA, whatever the rows' dependence (Holm 1979), and is never less
 * powerful than Bonferroni: the row with the smallest p-value is held to α/m, the next to
 * α/(m − 1), and so on until one is not rejected.
 *
 * Holm only ever turns a row's fail into a warning: a row's own rule (its whole 95% interval past
 * the limit, or past history's band) still has to hold, so it reads as before when it passes.
 */
import { lowerIsWorse } from '../figures/catalogue.js';
import { normalCdf } from '../stats/distributions.js';
import type { CheckResult } from './types.js';

/** The chance an unchanged run fails at least one row: the run's false-fail rate. */
export const FAMILY_ALPHA = 0.05;

/** z of the two-sided 95% intervals the results carry. */
const Z95 = 1.959963984540054;

/**
 * A row of the Holm family: a fail-severity row that was measured and has a limit, other than the
 * run's primary row (history's p95 judged per stage), which its own test already holds at
 * FAMILY_ALPHA. The per-run false-fail rate is then at most 2 × FAMILY_ALPHA (Bonferroni over the
 * primary row and the family); putting the primary row in the family would hold it to α/m, and on
 * the real recordings a ×1.3 regression would no longer fail (README, statistics).
 */
export function inFamily(check: CheckResult): boolean {
  return check.severity === 'fail' && check.value !== null && check.limit !== null && check.primary !== true;
}

/**
 * One-sided p-value of "worse than the limit" for a row: history's rows carry theirs; a file's row
 * gets it from its 95% interval, on the log scale when the interval is positive (latencies, rps:
 * their intervals are lopsided the way a log makes even), from the side that faces the limit. A
 * value without an interval is a fact: 0 when past the limit, 1 when not.
 */
export function pValue(check: CheckResult): number {
  if (check.p !== undefined) return check.p;
  const { value, limit, interval } = check;
  if (value === null || limit === null) return 1;
  const worse = lowerIsWorse(check.figure);
  const past = worse ? value < limit : value > limit;
  // "No failures allowed" counts failures: a fact, as judge.ts treats it.
  if (interval === null || (check.figure === 'error-rate' && limit === 0)) return past ? 0 : 1;
  const log = interval.low > 0 && limit > 0 && value > 0;
  const x = (v: number) => (log ? Math.log(v) : v);
  // The interval's half between the value and the limit says how far the truth may lie that way.
  const half = worse ? x(interval.high) - x(value) : x(value) - x(interval.low);
  const distance = worse ? x(limit) - x(value) : x(value) - x(limit);
  if (!(half > 0)) return past ? 0 : 1;
  return 1 - normalCdf((distance / half) * Z95);
}

/**
 * The run's rows after Holm's procedure at `alpha`: a failing row that the family does not reject
 * becomes a warning that says why. Rows outside the family are untouched.
 */
export function holmFamily(checks: readonly CheckResult[], alpha = FAMILY_ALPHA): CheckResult[] {
  const family = checks
    .map((check, index) => ({ index, p: pValue(check) }))
    .filter(({ index }) => inFamily(checks[index]!))
    .sort((a, b) => a.p - b.p);
  const m = family.length;
  const rejected = new Set<number>();
  for (const [k, { index, p }] of family.entries()) {
    if (p > alpha / (m - k)) break;
    rejected.add(index);
  }
  const percent = `${Number((alpha * 100).toFixed(2))}%`;
  return checks.map((check, index) =>
    check.status !== 'fail' || !inFamily(check) || rejected.has(index)
      ? check
      : {
          ...check,
          status: 'warn' as const,
          confidence: `${check.confidence}; not a fail at the run's false-fail rate of ${percent} over its ${m} checks that can fail (Holm)`,
        },
  );
}
