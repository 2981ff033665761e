import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from '../../src/stats/distributions.js';

describe('distribution functions', () => {
  it('give the published table values of Student t', () => {
    expect(studentTQuantile(0.99, 9)).toBeCloseTo(2.821, 3);
    expect(studentTQuantile(0.99, 4)).toBeCloseTo(3.747, 3);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.95, 1000)).toBeCloseTo(1.646, 3);
  });

  it('invert one another', () => {
    expect(studentTCdf(studentTQuantile(0.9, 6), 6)).toBeCloseTo(0.9, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalCdf(normalQuantile(0.01))).toBeCloseTo(0.01, 9);
  });
});
