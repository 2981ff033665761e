/**
 * The tables' analysis (`perf-gate analyze` without --json) computes the figures without their
 * intervals or the time series: on every recording it must equal the full analysis with those
 * left out, and print the same tables.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzeFileFigures } from '../../src/results/analyze.js';
import { formatRunResult } from '../../src/results/format-table.js';
import type { RunResult } from '../../src/results/types.js';
import { RECORDING_PLANS, recordingFile, type RecordingName } from '../support/recordings.js';

/** The full result with every interval and the time series taken out. */
function withoutIntervals(result: RunResult): unknown {
  const strip = <T extends { duration: { p95Ci: unknown; p99Ci: unknown } | null }>(stats: T) => {
    const {
      errorRateCi: _ci,
      intervalBasis: _basis,
      duration,
      ...rest
    } = stats as T & {
      errorRateCi?: unknown;
      intervalBasis?: unknown;
    };
    if (duration === null) return { ...rest, duration };
    const { p95Ci: _p95, p99Ci: _p99, ...figures } = duration;
    return { ...rest, duration: figures };
  };
  const { timeSeries: _series, ...rest } = result;
  return {
    ...rest,
    overall: strip(result.overall),
    wholeRun: strip(result.wholeRun),
    endpoints: result.endpoints.map(strip),
    stages: result.stages.map(strip),
  };
}

describe.each(Object.keys(RECORDING_PLANS) as RecordingName[])('the figures alone of %s', (name) => {
  it('equal the full analysis without intervals and time series, and print the same tables', async () => {
    const options = { stagePlan: RECORDING_PLANS[name] };
    const [full, figures] = await Promise.all([
      analyzeFile(recordingFile(name), options),
      analyzeFileFigures(recordingFile(name), options),
    ]);
    expect(figures).toEqual(withoutIntervals(full));
    expect(JSON.stringify(figures)).not.toContain('Ci"');
    expect(formatRunResult(figures)).toBe(formatRunResult(full));
  });
});
