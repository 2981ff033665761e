import { describe, expect, it } from 'vitest';
import type { RangeSeries } from '../../src/metrics/prometheus-client.js';
import {
  reduceFigure,
  runWindow,
  stageServerMetrics,
  stageWindows,
  type AbsoluteStageWindow,
} from '../../src/metrics/server-metrics.js';
import { runResult, stageResults } from '../support/run-result-builder.js';

const T0 = Date.parse('2026-01-17T10:00:00.000Z');
/** Points every second from T0: [offset s, value]. */
const series = (...points: Array<[number, number]>): RangeSeries => ({
  labels: {},
  points: points.map(([s, v]) => [T0 + s * 1000, v]),
});
const window = (startS: number, endS: number, stageIndex = 0): AbsoluteStageWindow => ({
  stageIndex,
  startMs: T0 + startS * 1000,
  endMs: T0 + endS * 1000,
});

describe('stage windows', () => {
  it('count stage offsets from the scenario start when the run has one, else from the first sample', () => {
    const stages = stageResults([
      [10, {}],
      [50, {}],
    ]);
    const base = runResult({ stages });
    expect(stageWindows(base)).toEqual([
      { stageIndex: 0, startMs: T0, endMs: T0 + 30_000 },
      { stageIndex: 1, startMs: T0 + 30_000, endMs: T0 + 60_000 },
    ]);
    const withStart = { ...base, scenarioStartTime: '2026-01-17T09:59:58.000Z' };
    expect(stageWindows(withStart)[0]).toEqual({ stageIndex: 0, startMs: T0 - 2000, endMs: T0 + 28_000 });
    expect(runWindow(withStart)).toEqual({ fromMs: T0 - 2000, toMs: T0 + 58_000 });
  });

  it('fall back to the first and last sample for a run without stages', () => {
    expect(runWindow(runResult({ stages: [] }))).toEqual({ fromMs: T0, toMs: T0 + 300_000 });
  });
});

describe('reducing a figure to one number per stage', () => {
  const cpu = series([0, 0.1], [1, 0.2], [2, 0.4], [3, 0.9], [4, 1], [5, 0.95]);

  it('averages CPU over the points after the stage start up to its end (the point at the start belongs to the stage before)', () => {
    expect(reduceFigure('cpu', [cpu], window(0, 2))).toBeCloseTo(0.3);
    expect(reduceFigure('cpu', [cpu], window(2, 5))).toBeCloseTo(0.95);
  });

  it('takes the highest pool and heap figure, across every series an un-aggregated query returns', () => {
    const pending = [series([1, 0], [2, 3], [3, 1]), series([1, 7], [2, 0])];
    expect(reduceFigure('poolPending', pending, window(0, 3))).toBe(7);
    expect(reduceFigure('heapUsedRatio', [series([1, 0.4], [2, 0.92], [3, 0.5])], window(0, 3))).toBe(0.92);
  });

  it("counts a GC counter's increase from the last point before the stage, across a restart", () => {
    const count = series([0, 10], [1, 12], [2, 15], [3, 2], [4, 5]);
    expect(reduceFigure('gcPauses', [count], window(0, 2))).toBe(5);
    // 15 → 2 is a restart: the 2 pauses after it count, then 3 more.
    expect(reduceFigure('gcPauses', [count], window(2, 4))).toBe(5);
    expect(reduceFigure('gcPauses', [count, series([1, 1], [4, 4])], window(0, 4))).toBe(10 + 3);
  });

  it('gives null when the stage has no points, or a counter has only one', () => {
    expect(reduceFigure('cpu', [cpu], window(10, 20))).toBeNull();
    expect(reduceFigure('cpu', [], window(0, 5))).toBeNull();
    expect(reduceFigure('gcPauses', [series([3, 4])], window(2, 5))).toBeNull();
  });
});

describe('stageServerMetrics', () => {
  it('fills every template field per stage and leaves a figure Prometheus did not answer null', () => {
    const windows = [window(0, 3, 0), window(3, 6, 1)];
    const stages = stageServerMetrics(windows, {
      cpu: [series([1, 0.2], [2, 0.4], [3, 0.6], [4, 0.9], [5, 1], [6, 1])],
      poolPending: [series([1, 0], [3, 0], [5, 4], [6, 2])],
      poolActive: [series([2, 3], [5, 10])],
      poolMax: [series([1, 10], [4, 10])],
      gcPauses: [series([0, 100], [3, 104], [6, 120])],
      gcPauseSeconds: [series([0, 1], [3, 1.02], [6, 1.1])],
    });
    expect(stages).toEqual([
      {
        stageIndex: 0,
        cpu: expect.closeTo(0.4, 9),
        poolPending: 0,
        poolActiveMax: 3,
        heapUsedRatio: null,
        poolMax: 10,
        gcPauses: 4,
        gcPauseMs: expect.closeTo(20, 9),
      },
      {
        stageIndex: 1,
        cpu: expect.closeTo(29 / 30, 9),
        poolPending: 4,
        poolActiveMax: 10,
        heapUsedRatio: null,
        poolMax: 10,
        gcPauses: 16,
        gcPauseMs: expect.closeTo(80, 9),
      },
    ]);
  });
});
