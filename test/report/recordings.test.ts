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
import { analyzeRecording, type RecordingName } from '../support/recordings.js';
import { commentBody } from '../../src/github/publish.js';

const THRESHOLDS = join(import.meta.dirname, '..', '..', 'thresholds');

const CASES: Array<{ recording: RecordingName; scenario: 'enqueue' | 'spike' }> = [
  { recording: 'enqueue-full', scenario: 'enqueue' },
  { recording: 'spike-full', scenario: 'spike' },
  { recording: 'enqueue-errors', scenario: 'enqueue' },
  { recording: 'enqueue-server-down', scenario: 'enqueue' },
];

function runContext(scenario: string, baselineEnvironment: string | null): RunContext {
  return {
    scenario,
    profile: 'full',
    target: 'https://staging.festin.example',
    k6Version: 'v0.49.0',
    commit: '3f9c2e1a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e',
    reproduce: `BASE_URL=https://staging.festin.example BOOTH_ID=1 PROFILE=full k6 run scenarios/${scenario}-test.js`,
    cleanedUp: true,
    incomplete: false,
    incompleteReason: null,
    baselineEnvironment,
  };
}

describe('reports of the recorded k6 runs', () => {
  for (const { recording, scenario } of CASES) {
    it(`renders ${recording}`, async () => {
      const result = await analyzeRecording(recording);
      const thresholds = await loadThresholds(join(THRESHOLDS, `${scenario}.t3-micro.json`));
      const text = renderReport({
        result,
        verdict: judge(result, thresholds),
        context: runContext(scenario, thresholds.baseline?.environment ?? null),
      });
      // The snapshot is what a pull request shows: the published body, marker included.
      await expect(commentBody(text)).toMatchFileSnapshot(`__snapshots__/recording-${recording}.md`);
    });
  }
});
