import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { judgeRun } from '../../src/gate/judge-run.js';
import { composeRuns } from '../../src/judge/compose.js';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/duet', `${name}.ndjson.gz`);
const thresholds = () => loadThresholds(path.join(import.meta.dirname, '../../thresholds/enqueue.t3-micro.json'));

/** judgeRun in results-file mode on the given files, with the bundled enqueue thresholds. */
async function judgeResults(resultsFiles: string[], options: { pairedMinChange?: number } = {}) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-duet-'));
  return judgeRun(
    { prometheus: null, grafanaUrl: null, resultsFiles, workDir, ...options },
    await thresholds(),
    null,
    undefined,
    () => {},
  );
}

describe('judgeRun on a duet recording (results-file mode)', () => {
  it("judges head's part on the absolute limits and head against base paired", async () => {
    const judged = await judgeResults([fixture('equal-1')], { pairedMinChange: 0.05 });
    // Only head's requests are in the run the report shows: 5,324 of the recording's 10,600 durations.
    expect(judged.result.overall.duration?.count).toBe(5324);
    expect(judged.verdict.paired?.checks.map((c) => c.name)).toEqual([
      'p95',
      'p95 (enqueue)',
      'p95 (position)',
      'error rate',
    ]);
    // The file's t3.micro baselines are not judged: base stands in for them.
    expect(judged.verdict.checks.every((c) => c.baseline === null)).toBe(true);
    expect(judged.verdict.paired?.checks.map((c) => c.status)).not.toContain('fail');
  });

  it('judges a single-target recording as before, with no paired part', async () => {
    const recording = path.join(import.meta.dirname, '../fixtures/recordings/enqueue-errors/k6.ndjson.gz');
    const judged = await judgeResults([recording]);
    expect(judged.verdict.paired).toBeUndefined();
    expect(judged.verdict.checks.some((c) => c.baseline !== null)).toBe(true);
  });

  it('keeps a failing paired judgement through the composition, where the file rows all pass', async () => {
    const judged = await judgeResults([fixture('equal-1')], { pairedMinChange: 0.05 });
    const pairedFail = { ...judged.verdict, paired: { ...judged.verdict.paired!, status: 'fail' as const } };
    expect(pairedFail.checks.map((c) => c.status)).not.toContain('fail');
    const composed = composeRuns({ file: pairedFail, history: [], inconclusive: null }, { kind: 'none' });
    expect(composed.verdict.status).toBe('fail');
  });
});
