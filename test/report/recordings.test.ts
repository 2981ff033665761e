/**
 * The report of each real k6 recording, analysed and judged by the real pipeline:
 * the snapshots are what a reviewer reads to see how a run's comment looks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { judge } from '../../src/judge/judge.js';
import { renderReport } from '../../src/report/markdown.js';
import type { RunContext } from '../../src/report/types.js';
import { analyzeFile } from '../../src/results/analyze.js';
import type { StagePlan } from '../../src/results/types.js';

const RECORDINGS = join(import.meta.dirname, '..', 'fixtures', 'recordings');
const THRESHOLDS = join(import.meta.dirname, '..', '..', 'thresholds');

const vus = (stages: Array<[number, number]>): StagePlan => ({
  unit: 'vus',
  start: 0,
  stages: stages.map(([seconds, target]) => ({ durationMs: seconds * 1000, target })),
});

const CASES: Array<{ recording: string; scenario: 'enqueue' | 'spike'; stagePlan: StagePlan }> = [
  {
    recording: 'enqueue-full',
    scenario: 'enqueue',
    stagePlan: vus([
      [30, 10],
      [60, 50],
      [120, 100],
      [60, 200],
      [30, 0],
    ]),
  },
  {
    recording: 'spike-full',
    scenario: 'spike',
    stagePlan: {
      unit: 'iterations/s',
      start: 10,
      stages: [
        { durationMs: 10_000, target: 10 },
        { durationMs: 5_000, target: 500 },
        { durationMs: 30_000, target: 500 },
        { durationMs: 10_000, target: 10 },
        { durationMs: 10_000, target: 0 },
      ],
    },
  },
  {
    recording: 'enqueue-errors',
    scenario: 'enqueue',
    stagePlan: vus([
      [10, 10],
      [20, 40],
      [10, 0],
    ]),
  },
  { recording: 'enqueue-server-down', scenario: 'enqueue', stagePlan: vus([[3, 2]]) },
];

function runContext(scenario: string): RunContext {
  return {
    scenario,
    profile: 'full',
    target: 'https://staging.festin.example',
    k6Version: 'v0.49.0',
    commit: '3f9c2e1a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e',
    reproduce: `npx perf-gate run --scenario ${scenario} --profile full --base-url https://staging.festin.example --booth-id 1`,
    cleanedUp: true,
    incomplete: false,
    incompleteReason: null,
  };
}

describe('reports of the recorded k6 runs', () => {
  for (const { recording, scenario, stagePlan } of CASES) {
    it(`renders ${recording}`, async () => {
      const result = await analyzeFile(join(RECORDINGS, recording, 'k6.ndjson.gz'), { stagePlan });
      const thresholds = await loadThresholds(join(THRESHOLDS, `${scenario}.t3-micro.json`));
      const text = renderReport({ result, verdict: judge(result, thresholds), context: runContext(scenario) });
      await expect(text).toMatchFileSnapshot(`__snapshots__/recording-${recording}.md`);
    });
  }
});
