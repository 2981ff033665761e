/** `perf-gate baseline`: the stageBaseline block from real runs' results files, and its refusals. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseThresholds } from '../../src/config/thresholds.js';
import { analyzeFileFigures } from '../../src/results/analyze.js';
import { taggedStagePlan } from '../../scenarios/lib/options.js';
import { quickRunFromEnqueueFull } from '../support/quick-recording.js';
import { recordingFile } from '../support/recordings.js';

const dir = mkdtempSync(join(tmpdir(), 'perf-gate-baseline-'));
const quick = join(dir, 'quick.ndjson');
writeFileSync(quick, quickRunFromEnqueueFull());

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('perf-gate baseline', () => {
  it("prints each stage's median and p95 as analyze computes them, a block a thresholds file accepts", async () => {
    const { code, stdout, stderr } = await cli('baseline', quick, quick);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as {
      stageBaseline: { stages: Array<{ label: string; p50: number; p95: number; requests: number }> };
    };
    const { stages } = await analyzeFileFigures(quick, { planOf: taggedStagePlan });
    expect(printed.stageBaseline.stages.map((s) => s.label)).toEqual([
      'VU 10',
      'VU 50',
      'VU 100',
      'VU 200',
      'ramp-down',
    ]);
    printed.stageBaseline.stages.forEach((s, i) => {
      expect(s.p50).toBeCloseTo(stages[i]!.duration!.med, 3);
      expect(s.p95).toBeCloseTo(stages[i]!.duration!.p95, 3);
      // Each stage's requests: what a saturated run's pass is checked against (judge/delivered-load.ts).
      expect(s.requests).toBe(stages[i]!.duration!.count);
    });
    expect(stages.reduce((sum, s) => sum + s.duration!.count, 0)).toBeGreaterThan(1000);
    const thresholds = parseThresholds(
      { checks: [{ figure: 'p95', baseline: 10, allowedRegression: '25%' }], ...printed },
      'pasted.json',
    );
    expect(thresholds.stageBaseline?.stages).toHaveLength(5);
  });

  it('refuses runs of different plans, and a run without stages, naming the file', async () => {
    const mixed = await cli('baseline', quick, recordingFile('enqueue-errors'));
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(
      /enqueue-errors\/k6\.ndjson\.gz has the stages .*: give runs of one scenario and profile/,
    );
    expect((await cli('baseline')).code).toBe(2);
    expect((await cli('baseline', '--median', quick)).stderr).toMatch(/unknown option --median/);
  });
});
