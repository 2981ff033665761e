import { describe, expect, it } from 'vitest';
import { findBottleneck } from '../../src/metrics/server-metrics.js';
import type { ServerStageMetrics } from '../../src/metrics/types.js';
import { stageResults } from '../support/run-result-builder.js';

/** The guide's enqueue ramp (30 s stages) ending with the cool-down to 0 VUs. */
const stages = stageResults([
  [10, { p95: 12, requests: 600 }],
  [50, { p95: 14, requests: 3000 }],
  [100, { p95: 30, requests: 6000 }],
  [200, { p95: 72, requests: 9000 }],
  [0, { p95: 10, requests: 300 }],
]);

const quiet = (stageIndex: number, extra: Partial<ServerStageMetrics> = {}): ServerStageMetrics => ({
  stageIndex,
  cpu: 0.2,
  poolPending: 0,
  poolActiveMax: 3,
  heapUsedRatio: 0.5,
  poolMax: 10,
  gcPauses: 6,
  gcPauseMs: 30,
  ...extra,
});

const server = (changes: Record<number, Partial<ServerStageMetrics>>): ServerStageMetrics[] =>
  [0, 1, 2, 3, 4].map((i) => quiet(i, changes[i]));

describe('findBottleneck', () => {
  it('names CPU at or above 90% over a stage, from the first such stage, with the p95 rise', () => {
    expect(findBottleneck(stages, server({ 2: { cpu: 0.97 }, 3: { cpu: 1 } }))).toEqual({
      kind: 'cpu',
      line: 'CPU 97% from VU 100 while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200).',
    });
  });

  it('does not call 89% CPU a bottleneck', () => {
    expect(findBottleneck(stages, server({ 3: { cpu: 0.89 } }))?.kind).toBe('none');
  });

  it('names the DB connections when requests wait with every connection in use', () => {
    const pool = server({ 2: { poolPending: 3, poolActiveMax: 10 }, 3: { poolPending: 27, poolActiveMax: 10 } });
    expect(findBottleneck(stages, pool)).toEqual({
      kind: 'db-pool',
      line: 'DB connections: all 10 in use, 3 waiting from VU 100 (27 at VU 200) while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200): grow the pool.',
    });
  });

  it('names the DB connections when the pool size is unknown but the wait grows stage over stage', () => {
    const pool = server({
      0: { poolMax: null },
      1: { poolMax: null },
      2: { poolMax: null, poolPending: 2 },
      3: { poolMax: null, poolPending: 9 },
    });
    expect(findBottleneck(stages, pool)?.line).toBe(
      'DB connections: 9 waiting from VU 200 while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200): grow the pool.',
    );
  });

  it('ignores a wait with connections to spare, a wait that does not grow, and a full pool nobody waits for', () => {
    expect(findBottleneck(stages, server({ 3: { poolPending: 2, poolActiveMax: 9 } }))?.kind).toBe('none');
    const unknownSize = (pending: number) => ({ poolMax: null, poolPending: pending });
    expect(findBottleneck(stages, server({ 1: unknownSize(1), 2: unknownSize(1), 3: unknownSize(1) }))?.kind).toBe(
      'none',
    );
    expect(findBottleneck(stages, server({ 3: { poolActiveMax: 10 } }))?.kind).toBe('none');
  });

  it('names memory/GC for a full heap, GC eating the time, or GC per request climbing', () => {
    expect(findBottleneck(stages, server({ 3: { heapUsedRatio: 0.94 } }))?.line).toBe(
      'Memory/GC: JVM heap 94% full from VU 200 while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200).',
    );
    // 3.6 s of pauses in a 30 s stage: 12%.
    expect(findBottleneck(stages, server({ 3: { gcPauses: 400, gcPauseMs: 3600 } }))?.line).toBe(
      'Memory/GC: GC pauses took 12% of the time from VU 200 (400 pauses, 9 ms each on average) while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200).',
    );
    // 6 per 600 requests = 10 per 1,000 at VU 10; 270 per 9,000 = 30 per 1,000 at VU 200.
    expect(
      findBottleneck(stages, server({ 1: { gcPauses: 30 }, 2: { gcPauses: 60 }, 3: { gcPauses: 270 } }))?.line,
    ).toBe(
      'Memory/GC: GC pauses per 1,000 requests rose 3× (10.0 at VU 10 → 30.0 at VU 200) while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200).',
    );
  });

  it('names the resource that saturated first, and lists the others', () => {
    const both = server({
      1: { poolPending: 4, poolActiveMax: 10 },
      3: { cpu: 0.95, poolPending: 40, poolActiveMax: 10 },
    });
    expect(findBottleneck(stages, both)).toEqual({
      kind: 'db-pool',
      line: 'DB connections: all 10 in use, 4 waiting from VU 50 (40 at VU 200) while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200): grow the pool. Also saturated: CPU from VU 200.',
    });
  });

  it('says none of them, with the highest figures, and points at the network or the load generator', () => {
    expect(findBottleneck(stages, server({ 3: { cpu: 0.45 } }))).toEqual({
      kind: 'none',
      line: 'none on the server (CPU at most 45%, DB pool pending at most 0, heap at most 50%): look at the network, Redis or the load generator.',
    });
  });

  it('leaves out the cool-down, and says "not measured" for a figure Prometheus lacked', () => {
    const line = findBottleneck(
      stages,
      server({
        0: { heapUsedRatio: null },
        1: { heapUsedRatio: null },
        2: { heapUsedRatio: null },
        3: { heapUsedRatio: null },
        4: { cpu: 1 },
      }),
    )?.line;
    expect(line).toBe(
      'none on the server (CPU at most 20%, DB pool pending at most 0, heap not measured): look at the network, Redis or the load generator.',
    );
  });

  it('gives null without any server figure: nothing to judge', () => {
    const empty = [0, 1, 2, 3, 4].map((stageIndex) => ({
      stageIndex,
      cpu: null,
      poolPending: null,
      poolActiveMax: null,
      heapUsedRatio: null,
    }));
    expect(findBottleneck(stages, empty)).toBeNull();
    expect(findBottleneck(stages, [])).toBeNull();
  });

  it('omits the p95 rise when latency did not rise', () => {
    const flat = stageResults([
      [10, { p95: 50 }],
      [50, { p95: 52 }],
    ]);
    expect(findBottleneck(flat, [quiet(0), quiet(1, { cpu: 0.93 })])?.line).toBe('CPU 93% from VU 50.');
  });
});
