/**
 * A duet's paired failure asks for the confirmation run as a file row's does, and fails the
 * verdict only when the confirmation run's paired judgement fails too. On a real duet recording,
 * with head's durations scaled for the failing runs.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadThresholds, type Thresholds } from '../../src/config/thresholds.js';
import { askingRows, composeRuns, type RunVerdicts } from '../../src/judge/compose.js';
import { withPaired } from '../../src/judge/duet-verdict.js';
import { judgePaired } from '../../src/judge/paired.js';
import type { Verdict } from '../../src/judge/types.js';
import { readDuetSamples, type DuetSamples } from '../../src/results/duet-samples.js';

let equal: DuetSamples;
let thresholds: Thresholds;
beforeAll(async () => {
  equal = (await readDuetSamples(path.join(import.meta.dirname, '../fixtures/duet/equal-1.ndjson.gz'))) as DuetSamples;
  thresholds = await loadThresholds(path.join(import.meta.dirname, '../../thresholds/enqueue.t3-micro.json'));
});

/** A duet run whose file rows all pass, head's durations scaled by `factor`. */
function duetRun(factor: number, inconclusive: string | null = null): RunVerdicts {
  const samples = { ...equal, head: { ...equal.head, durations: equal.head.durations.map((d) => d * factor) } };
  const file: Verdict = { status: 'pass', checks: [], knee: null };
  const paired = judgePaired(samples, thresholds.checks, { minChange: 0.05 });
  return { file: withPaired(file, paired), history: [], inconclusive };
}

const rerun = (second: RunVerdicts) => ({ kind: 'rerun' as const, second, pooled: null });

describe('a paired failure and the confirmation run', () => {
  it('asks for a second run when a paired latency row fails, and not when none does', () => {
    expect(askingRows(duetRun(1.5))).toEqual(['p95 vs base', 'p95 (enqueue) vs base', 'p95 (position) vs base']);
    expect(askingRows(duetRun(1))).toEqual([]);
  });

  it('asks for nothing on a saturated runner: the verdict is inconclusive there', () => {
    expect(askingRows(duetRun(1.5, 'the runner was saturated'))).toEqual([]);
  });

  it('fails when the confirmation run fails too', () => {
    const { verdict } = composeRuns(duetRun(1.5), rerun(duetRun(1.5)));
    expect(verdict.status).toBe('fail');
    expect(verdict.paired?.checks.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'pass']);
  });

  it('does not fail when the confirmation run does not repeat the failure, and says so', () => {
    const { verdict } = composeRuns(duetRun(1.5), rerun(duetRun(1)));
    expect(verdict.status).not.toBe('fail');
    expect(verdict.paired?.status).not.toBe('fail');
    expect(verdict.paired?.checks[0]?.confidence).toMatch(/; failed in the first run only, not confirmed$/);
  });

  it('warns, not fails, on a failure seen in the confirmation run only', () => {
    const { verdict } = composeRuns(duetRun(1), rerun(duetRun(1.5)));
    expect(verdict.status).toBe('warn');
    expect(verdict.paired?.checks[0]?.status).toBe('warn');
    expect(verdict.paired?.checks[0]?.confidence).toMatch(/; failed in the confirmation run only$/);
  });

  it('keeps the failure when there was nothing to re-run (results-file mode)', () => {
    const { verdict } = composeRuns(duetRun(1.5), { kind: 'not-rerun', reason: 'results-file mode' });
    expect(verdict.status).toBe('fail');
  });
});
