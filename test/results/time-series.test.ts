import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyze-text.js';
import { chooseBucketMs } from '../../src/results/time-series.js';
import { k6File, request, vus } from './k6-lines.js';

describe('time series', () => {
  it('picks 1 to 10 s buckets to suit the run', () => {
    expect([0, 65_000, 120_000, 121_000, 308_000, 600_000, 3_600_000].map(chooseBucketMs)).toEqual([
      1000, 1000, 1000, 2000, 5000, 5000, 10_000,
    ]);
  });

  it('gives each bucket its rate, p95, errors and VUs, carrying VUs over buckets without a reading', () => {
    const run = k6File([
      vus(0, 1),
      ...request({ offsetMs: 100, duration: 10 }),
      ...request({ offsetMs: 900, duration: 20, status: 503 }),
      vus(2_400, 4),
      ...request({ offsetMs: 2_500, duration: 30 }),
      vus(3_000, 9),
    ]);
    // From the load's start (its first request at 0.1 s, no setup() here) to its last request's end at 2.5 s.
    expect(analyzeText(run, 'x', { bucketMs: 1000 }).timeSeries).toEqual({
      bucketMs: 1000,
      buckets: [
        { offsetMs: 0, rps: 2, p95: 19.5, errors: 1, vus: 1 },
        { offsetMs: 1000, rps: 0, p95: null, errors: 0, vus: 1 },
        // The last bucket covers 0.4 s; the reading after the load's last request (9 VUs) is not the load's.
        { offsetMs: 2000, rps: 2.5, p95: 30, errors: 0, vus: 4 },
      ],
    });
  });

  it("counts only the load's requests: setup()'s and teardown()'s bursts stay out, VUs stay in", () => {
    const run = k6File([
      ...request({ offsetMs: 100, duration: 50, group: '::setup', name: 'login', method: 'POST' }),
      ...request({ offsetMs: 200, duration: 60, group: '::setup', name: 'login', method: 'POST', status: 0 }),
      vus(1_200, 2),
      ...request({ offsetMs: 1_500, duration: 10 }),
      ...request({ offsetMs: 2_500, duration: 70, group: '::teardown', name: 'cancel', method: 'DELETE', status: 500 }),
    ]);
    // The series is the load's: from its start (its first request at 1.5 s) to its last request,
    // the VU reading in force as it starts opening it; setup's and teardown's time stays out.
    expect(analyzeText(run, 'x', { bucketMs: 1000 }).timeSeries.buckets).toEqual([
      { offsetMs: 0, rps: 1, p95: 10, errors: 0, vus: 2 },
    ]);
  });
});
