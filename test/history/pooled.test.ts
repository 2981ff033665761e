import { describe, expect, it } from 'vitest';
import { pooledEntry } from '../../src/history/pooled.js';
import { entry } from './entries.js';

describe('pooledEntry', () => {
  it('keeps neither run: latencies meet at their geometric mean, failed requests pool', () => {
    const first = entry({ commit: 'c', p95: 200 });
    const second = entry({ commit: 'c', p95: 50 });
    second.figures.overall.errorRate = { value: 0.03, low: null, high: null };
    second.figures.overall.requests = 2000;
    const pooled = pooledEntry(first, second);
    expect(pooled.figures.overall.p95?.value).toBeCloseTo(100, 9);
    expect(pooled.figures.overall.p95?.low).toBeCloseTo(97, 9);
    // 0 of 6,000 and 3% of 2,000: 60 of 8,000.
    expect(pooled.figures.overall.errorRate.value).toBeCloseTo(0.0075, 12);
    expect(pooled.figures.overall.requests).toBe(8000);
    expect(pooled.figures.endpoints[0]?.p95?.value).toBeCloseTo(100, 9);
    expect(pooled.figures.stages[0]?.p95?.value).toBeCloseTo(100, 9);
    expect(pooled.commit).toBe('c');
  });
});
