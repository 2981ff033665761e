import { describe, expect, it } from 'vitest';
import { answeredDuration } from '../../src/results/answered.js';

describe('answeredDuration', () => {
  it('is absent where every request took 0 ms: none got a response (k6 times a refused connection at 0)', () => {
    expect(answeredDuration({ max: 0, p95: 0 })).toBeNull();
    expect(answeredDuration(null)).toBeNull();
    expect(answeredDuration(undefined)).toBeNull();
  });

  it('keeps the figures when any request got a response', () => {
    const d = { max: 0.4, p95: 0 };
    expect(answeredDuration(d)).toBe(d);
  });
});
