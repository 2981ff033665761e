import { describe, expect, it } from 'vitest';
import { serverFigureValue } from '../../src/judge/server-measure.js';
import type { ServerStageMetrics } from '../../src/metrics/types.js';

const stages: ServerStageMetrics[] = [
  { stageIndex: 0, cpu: 0.3, poolPending: 0, poolActiveMax: 2, heapUsedRatio: 0.4, gcPauses: 3 },
  { stageIndex: 1, cpu: 0.95, poolPending: 12, poolActiveMax: 10, heapUsedRatio: null, gcPauses: null },
];

describe('serverFigureValue', () => {
  it("gives one stage's figure, or the worst stage's over the run", () => {
    expect(serverFigureValue(stages, 'cpu', { kind: 'stage', index: 0 })).toBe(0.3);
    expect(serverFigureValue(stages, 'cpu', { kind: 'overall' })).toBe(0.95);
    expect(serverFigureValue(stages, 'pool-pending', { kind: 'overall' })).toBe(12);
    expect(serverFigureValue(stages, 'heap', { kind: 'overall' })).toBe(0.4);
    expect(serverFigureValue(stages, 'gc-pauses', { kind: 'stage', index: 0 })).toBe(3);
  });

  it('gives null when the figure was not measured there, or there are no server metrics', () => {
    expect(serverFigureValue(stages, 'heap', { kind: 'stage', index: 1 })).toBeNull();
    expect(serverFigureValue(stages, 'cpu', { kind: 'stage', index: 7 })).toBeNull();
    expect(serverFigureValue(null, 'cpu', { kind: 'overall' })).toBeNull();
  });
});
