/**
 * The largest of the values (-Infinity for none). A loop, not Math.max(...values): spreading
 * a million points (4000 series × 320 steps) overflows the call stack.
 */
export function largest(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}
