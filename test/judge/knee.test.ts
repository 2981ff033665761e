import { describe, expect, it } from 'vitest';
import { findKnee } from '../../src/judge/knee.js';
import { stageResults } from '../support/run-result-builder.js';

describe('findKnee', () => {
  it('finds none while latency, errors and throughput follow the load', () => {
    const stages = stageResults([
      [10, { requests: 179, p95: 12, rps: 6 }],
      [50, { requests: 2032, p95: 10.4, rps: 34 }],
      [100, { requests: 10_171, p95: 11.1, rps: 85 }],
      [200, { requests: 10_228, p95: 16.5, rps: 170 }],
      [0, { requests: 3664, p95: 14.1, rps: 122 }],
    ]);
    expect(findKnee(stages)).toBeNull();
  });

  it("latency: the first stage whose p95 is 3× the first stage's", () => {
    const stages = stageResults([
      [10, { p95: 80, rps: 8 }],
      [50, { p95: 200, rps: 40 }],
      [100, { p95: 260, rps: 80 }],
      [200, { p95: 900, rps: 90 }],
    ]);
    expect(findKnee(stages)).toEqual({
      stageIndex: 2,
      label: 'VU 100',
      reason: 'p95 260 ms is 3× the 80 ms at VU 10',
    });
  });

  it('latency: a few milliseconds tripling is jitter, not a knee', () => {
    const stages = stageResults([
      [10, { p95: 3, rps: 8 }],
      [50, { p95: 12, rps: 40 }],
    ]);
    expect(findKnee(stages)).toBeNull();
  });

  it('errors: the stage where they start', () => {
    const stages = stageResults([
      [10, { requests: 200, failed: 0, p95: 10, rps: 7 }],
      [50, { requests: 2000, failed: 4, p95: 11, rps: 33 }],
      [100, { requests: 5000, failed: 300, p95: 12, rps: 80 }],
    ]);
    expect(findKnee(stages)).toEqual({
      stageIndex: 2,
      label: 'VU 100',
      reason: 'errors start: 6% of requests fail (none at VU 10)',
    });
  });

  it('errors: a constant background rate is not a knee, a surge above it is', () => {
    const background = stageResults([
      [10, { requests: 64, failed: 1, rps: 6 }],
      [40, { requests: 576, failed: 22, rps: 29 }],
      [0, { requests: 279, failed: 14, rps: 28 }],
    ]);
    expect(findKnee(background)).toBeNull();
    const surge = stageResults([
      [10, { requests: 500, failed: 25, rps: 6 }],
      [40, { requests: 2000, failed: 400, rps: 29 }],
    ]);
    expect(findKnee(surge)?.reason).toBe('errors rise to 20% from 5% at VU 10');
  });

  it('throughput: load rose 50% or more, requests/s rose less than 10%', () => {
    const stages = stageResults([
      [10, { p95: 10, rps: 8 }],
      [50, { p95: 12, rps: 40 }],
      [100, { p95: 14, rps: 43 }],
    ]);
    expect(findKnee(stages)).toEqual({
      stageIndex: 2,
      label: 'VU 100',
      reason: 'throughput stalls: 43 req/s against 40 req/s at VU 50 while the load rose to VU 100',
    });
  });

  it('throughput: a hold at the same load is not a stall', () => {
    const stages = stageResults(
      [
        [10, { p95: 9, rps: 9 }],
        [500, { p95: 40, rps: 160 }],
        [500, { p95: 45, rps: 166 }],
      ],
      'iterations/s',
    );
    expect(findKnee(stages)).toBeNull();
  });

  it('never names a ramp-down stage, whose latency is the backlog of the stage before', () => {
    const stages = stageResults([
      [10, { p95: 10, rps: 8 }],
      [50, { p95: 12, rps: 40 }],
      [0, { p95: 900, rps: 5, requests: 300, failed: 100 }],
    ]);
    expect(findKnee(stages)).toBeNull();
  });

  it('gives every reason that holds at the knee', () => {
    const stages = stageResults(
      [
        [10, { requests: 90, p95: 8.9, rps: 9 }],
        [500, { requests: 797, failed: 80, p95: 1607, rps: 9.5 }],
      ],
      'iterations/s',
    );
    expect(findKnee(stages)).toEqual({
      stageIndex: 1,
      label: '500/s',
      reason:
        'p95 1,607 ms is 181× the 8.9 ms at 10/s; errors start: 10% of requests fail (none at 10/s); ' +
        'throughput stalls: 9.5 req/s against 9 req/s at 10/s while the load rose to 500/s',
    });
  });

  it('needs a first stage with enough requests to compare with', () => {
    expect(findKnee([])).toBeNull();
    expect(
      findKnee(
        stageResults([
          [2, { requests: 0 }],
          [2, { requests: 0 }],
        ]),
      ),
    ).toBeNull();
    const lateStart = stageResults([
      [10, { requests: 5, p95: 1 }],
      [50, { requests: 500, p95: 80, rps: 40 }],
      [100, { requests: 900, p95: 300, rps: 80 }],
    ]);
    expect(findKnee(lateStart)).toMatchObject({ stageIndex: 2, reason: 'p95 300 ms is 4× the 80 ms at VU 50' });
  });

  it('a stage that never ran (k6 ended early, no requests) is never the knee', () => {
    const stages = stageResults([
      [10, { requests: 600, p95: 12, rps: 10 }],
      [50, { requests: 3000, p95: 12, rps: 50 }],
      [100, { requests: 0, rps: 0 }],
      [200, { requests: 0, rps: 0 }],
    ]);
    expect(findKnee(stages)).toBeNull();
  });
});
