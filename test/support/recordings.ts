/**
 * The real k6 recordings (test/fixtures/recordings, see its README) and the stage plans each
 * run used, shared by every test that analyses them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyzeFile } from '../../src/results/analyze.js';
import type { RunResult, StagePlan } from '../../src/results/types.js';

export const RECORDINGS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/recordings');

export type RecordingName = 'enqueue-full' | 'spike-full' | 'enqueue-errors' | 'enqueue-server-down';

const plan = (unit: StagePlan['unit'], start: number, stages: Array<[seconds: number, target: number]>): StagePlan => ({
  unit,
  start,
  stages: stages.map(([seconds, target]) => ({ durationMs: seconds * 1000, target })),
});

/** The stages each recorded run was made with (the recordings' README). */
export const RECORDING_PLANS: Record<RecordingName, StagePlan> = {
  'enqueue-full': plan('vus', 0, [
    [30, 10],
    [60, 50],
    [120, 100],
    [60, 200],
    [30, 0],
  ]),
  'spike-full': plan('iterations/s', 10, [
    [10, 10],
    [5, 500],
    [30, 500],
    [10, 10],
    [10, 0],
  ]),
  'enqueue-errors': plan('vus', 0, [
    [10, 10],
    [20, 40],
    [10, 0],
  ]),
  'enqueue-server-down': plan('vus', 0, [[3, 2]]),
};

export const recordingFile = (name: RecordingName) => path.join(RECORDINGS, name, 'k6.ndjson.gz');

const analysed = new Map<RecordingName, Promise<RunResult>>();

/** The recording analysed with its stage plan, once per test file. */
export function analyzeRecording(name: RecordingName): Promise<RunResult> {
  let result = analysed.get(name);
  if (!result) {
    result = analyzeFile(recordingFile(name), { stagePlan: RECORDING_PLANS[name] });
    analysed.set(name, result);
  }
  return result;
}

/** k6's own --summary-export of the run: the oracle for every figure. */
export function k6Summary(name: RecordingName) {
  const text = gunzipSync(readFileSync(path.join(RECORDINGS, name, 'summary.json.gz'))).toString('utf8');
  return JSON.parse(text) as { metrics: Record<string, Record<string, number>> };
}
