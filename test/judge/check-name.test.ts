import { describe, expect, it } from 'vitest';
import { distinctCheckNames } from '../../src/judge/check-name.js';

describe('distinctCheckNames', () => {
  it('keeps names that are already distinct', () => {
    expect(
      distinctCheckNames([
        { name: 'p95', baseline: 100, severity: 'fail' },
        { name: 'error rate', baseline: null, severity: 'fail' },
      ]),
    ).toEqual(['p95', 'error rate']);
  });

  it('says what each of two same-named checks judges against', () => {
    expect(
      distinctCheckNames([
        { name: 'error rate', baseline: null, severity: 'fail' },
        { name: 'error rate', baseline: 0, severity: 'warn' },
        { name: 'p99 (stage 3, VU 200)', baseline: 14050, severity: 'fail' },
        { name: 'p99 (stage 3, VU 200)', baseline: null, severity: 'warn' },
      ]),
    ).toEqual([
      'error rate (limit)',
      'error rate (vs baseline)',
      'p99 (stage 3, VU 200, vs baseline)',
      'p99 (stage 3, VU 200, limit)',
    ]);
  });

  it('falls back to severity, then position', () => {
    expect(
      distinctCheckNames([
        { name: 'p95', baseline: null, severity: 'fail' },
        { name: 'p95', baseline: null, severity: 'warn' },
        { name: 'p95', baseline: null, severity: 'warn' },
      ]),
    ).toEqual(['p95 (limit, fail)', 'p95 (limit, warn, #2)', 'p95 (limit, warn, #3)']);
  });
});
