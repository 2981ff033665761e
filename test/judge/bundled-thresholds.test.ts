import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { judge } from '../../src/judge/judge.js';
import { stepFails } from '../../src/judge/step.js';
import { endpointResult, runResult } from '../support/run-result-builder.js';

/** Runs measuring exactly the t3.micro baseline of FESTIN.md (2026-01-17). */
const enqueueBaseline = runResult({
  overall: { requests: 23_400, failed: 0, p95: 86, rps: 78 },
  endpoints: [
    endpointResult('enqueue', { requests: 5850, p95: 103 }),
    endpointResult('position', { requests: 17_550, p95: 77 }),
  ],
});
const spikeBaseline = runResult({
  overall: { requests: 9500, failed: 0, p99: 14_050, avg: 622, rps: 138, droppedIterations: 5883 },
});

describe('the bundled t3.micro thresholds judge their own baseline', () => {
  it('enqueue: the baseline passes every check', async () => {
    const verdict = judge(enqueueBaseline, await loadThresholds('thresholds/enqueue.t3-micro.json'));
    expect(verdict.checks.map((c) => [c.name, c.status])).toEqual([
      ['p95', 'pass'],
      ['p95 (enqueue)', 'pass'],
      ['p95 (position)', 'pass'],
      ['error rate (limit)', 'pass'],
      ['error rate (vs baseline)', 'pass'],
    ]);
    expect(verdict.status).toBe('pass');
  });

  it('enqueue: p95 doubling from the baseline fails, far below the 2 s limit', async () => {
    const doubled = { ...enqueueBaseline, overall: runResult({ overall: { requests: 23_400, p95: 172 } }).overall };
    const verdict = judge(doubled, await loadThresholds('thresholds/enqueue.t3-micro.json'));
    expect(verdict.checks[0]).toMatchObject({
      status: 'fail',
      limit: 129,
      baseline: 86,
      delta: { absolute: 86, relative: 1 },
    });
  });

  it('spike: the baseline passes the regression check and only warns on the p99 SLO it breaks', async () => {
    const verdict = judge(spikeBaseline, await loadThresholds('thresholds/spike.t3-micro.json'));
    expect(verdict.checks.map((c) => [c.name, c.limit, c.status])).toEqual([
      ['p99 (vs baseline)', 17_562.5, 'pass'],
      ['p99 (limit)', 5000, 'warn'],
      ['error rate (limit)', 0.2, 'pass'],
      ['error rate (vs baseline)', 0.02, 'pass'],
      ['requests/s', 103.5, 'pass'],
      ['dropped iterations', 8824.5, 'pass'],
    ]);
    expect(verdict.status).toBe('warn');
    expect(stepFails(verdict, 'fail')).toEqual({
      fails: false,
      reason: 'no check failed; 1 check warned: p99 (limit) 14,050 ms > 5,000 ms',
    });
  });
});
