/** Issue 23 case 13: an rps allowance that puts the floor at or below 0 is refused, not turned into "≥ −50 req/s". */
import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/config/thresholds.js';

const file = (check: Record<string, unknown>) => ({ checks: [check] });

describe('rps allowedRegression', () => {
  it('refuses 150% (a floor of −50 req/s from a baseline of 100)', () => {
    expect(() => parseThresholds(file({ figure: 'rps', baseline: 100, allowedRegression: '150%' }), 'my.json')).toThrow(
      'expected less than 100%: requests/s regresses by falling, and a fall of 150% sets a floor at or below 0 that no run can miss',
    );
  });

  it('refuses exactly 100%, and an absolute fall of the whole baseline', () => {
    expect(() => parseThresholds(file({ figure: 'rps', baseline: 100, allowedRegression: '100%' }), 'my.json')).toThrow(
      'expected less than 100%',
    );
    expect(() => parseThresholds(file({ figure: 'rps', baseline: 78, allowedRegression: 80 }), 'my.json')).toThrow(
      'expected less than the baseline (78)',
    );
  });

  it('accepts a real floor, and latency allowances over 100% (a rise has no ceiling)', () => {
    expect(() =>
      parseThresholds(file({ figure: 'rps', baseline: 100, allowedRegression: '60%' }), 'my.json'),
    ).not.toThrow();
    expect(() =>
      parseThresholds(file({ figure: 'p95', baseline: 100, allowedRegression: '150%' }), 'my.json'),
    ).not.toThrow();
  });
});
