import { describe, expect, it } from 'vitest';
import { BURSTY_RUN, coverage } from './autocorrelated-runs.js';

// 400 seeded runs of a bursty latency and failure series whose true p95, p99 and error rate are known.
describe('interval calibration on autocorrelated runs', () => {
  const found = coverage(BURSTY_RUN, 400, 2);

  it.each(['p95', 'p99', 'errorRate'] as const)(
    'the time-block 95%% interval of %s covers the truth 92–98%% of the time',
    (figure) => {
      expect(found[figure].timeAware).toBeGreaterThanOrEqual(0.92);
      expect(found[figure].timeAware).toBeLessThanOrEqual(0.98);
    },
  );

  it.each(['p95', 'p99', 'errorRate'] as const)('the independent-draws interval of %s covers far less', (figure) => {
    expect(found[figure].independent).toBeLessThan(0.8);
  });
});
