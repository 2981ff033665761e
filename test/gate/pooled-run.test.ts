/**
 * Error rates after a confirmation run, judged on both runs pooled (pooled-run.ts, composed in
 * verdict.ts): real recordings of the enqueue-errors run with failures injected at known rates
 * (failing-recording.ts), so each run's own interval and the pooled one are real batch-means intervals.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadThresholds, type Thresholds } from '../../src/config/thresholds.js';
import type { Confirmation } from '../../src/gate/confirm.js';
import type { HistoryStep } from '../../src/gate/history.js';
import type { JudgedRun } from '../../src/gate/judge-run.js';
import { judgeAgainst } from '../../src/gate/judge-run.js';
import type { K6Run } from '../../src/gate/k6.js';
import { pooledRun } from '../../src/gate/pooled-run.js';
import { composeVerdict } from '../../src/gate/verdict.js';
import { historyEntryFrom } from '../../src/history/build.js';
import { DEFAULT_COMPARE_OPTIONS } from '../../src/history/compare.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { compareCheckedFigures, historyRows } from '../../src/history/verdict.js';
import type { CheckResult } from '../../src/judge/types.js';
import { analyzeFile } from '../../src/results/analyze.js';
import type { RunResult } from '../../src/results/types.js';
import { scaledRecording } from '../history/scaled-recording.js';
import { failingRecording } from '../support/failing-recording.js';
import { RECORDING_PLANS } from '../support/recordings.js';
import { quickRunFacts } from '../support/history-facts.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-pooled-'));
const stagePlan = RECORDING_PLANS['enqueue-errors'];
const warnings: string[] = [];

/** The thresholds file with one error-rate row per scope: overall, the busiest stage, one endpoint. */
async function thresholdsWith(limit: number): Promise<Thresholds> {
  const file = path.join(dir, `thresholds-${limit}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      scenario: 'enqueue',
      checks: [
        { figure: 'error-rate', scope: 'overall', limit, severity: 'fail' },
        { figure: 'error-rate', scope: { stage: 1 }, limit: 1, severity: 'fail' },
        { figure: 'error-rate', scope: { endpoint: 'position' }, limit: 1, severity: 'fail' },
      ],
    }),
  );
  return loadThresholds(file);
}

/** One k6 run of `file`, judged as the gate judges it. */
async function judgedRun(file: string, thresholds: Thresholds): Promise<JudgedRun> {
  const result = await analyzeFile(file, { stagePlan });
  const run = { result, server: { serverStages: null, bottleneck: null, dashboardUrl: null }, loadGenerator: null };
  const k6 = { version: '0.49.0', run: { resultsPath: file } } as K6Run;
  return { ...run, k6, verdict: judgeAgainst(run, thresholds) };
}

const noHistory = { rowsFor: () => [] as CheckResult[] } as unknown as HistoryStep;

async function composed(files: [string, string], thresholds: Thresholds, history = noHistory) {
  const first = await judgedRun(files[0], thresholds);
  const confirmation: Confirmation = { kind: 'rerun', second: await judgedRun(files[1], thresholds) };
  const pooled = await pooledRun(first, confirmation, { thresholds, stagePlan, warn: (m) => warnings.push(m) });
  return {
    first,
    second: confirmation.second,
    pooled,
    verdict: composeVerdict(first, confirmation, history, pooled).verdict,
  };
}

const overallRate = (checks: readonly CheckResult[]) => checks.find((c) => c.name.startsWith('error rate'))!;

let unchanged: string;
/** 10.4% errors each, the added failures at different times. */
let tenA: string;
let tenB: string;
/** 16% errors. */
let sixteen: string;

beforeAll(() => {
  unchanged = scaledRecording(dir, 1);
  tenA = failingRecording(dir, 15, 0, 1.001);
  tenB = failingRecording(dir, 15, 7, 1.002);
  sixteen = failingRecording(dir, 8, 3, 1.003);
});

describe('error rates on both runs pooled', () => {
  it('counts both runs’ requests and errors in every scope a row has: overall, each stage, each endpoint', async () => {
    const thresholds = await thresholdsWith(0.1);
    const { first, second, pooled } = await composed([unchanged, sixteen], thresholds);
    const sum = (pick: (r: RunResult) => { requests: number; failed: number } | undefined) => ({
      requests: pick(first.result)!.requests + pick(second.result)!.requests,
      failed: pick(first.result)!.failed + pick(second.result)!.failed,
    });
    const counts = (s: { requests: number; failed: number } | undefined) => ({
      requests: s!.requests,
      failed: s!.failed,
    });
    expect(counts(pooled!.result.overall)).toEqual(sum((r) => r.overall));
    for (const index of [0, 1, 2]) {
      const stage = (r: RunResult) => r.stages.find((s) => s.stage.index === index);
      expect(counts(stage(pooled!.result))).toEqual(sum(stage));
    }
    const position = (r: RunResult) => r.endpoints.find((e) => e.name === 'position');
    expect(counts(position(pooled!.result))).toEqual(sum(position));
    expect(warnings).toEqual([]);
  });

  it('gives no second chance to fail: a clean run then a failing one passes on both pooled (limit 12%)', async () => {
    const thresholds = await thresholdsWith(0.12);
    const { first, second, pooled, verdict } = await composed([unchanged, sixteen], thresholds);
    expect(overallRate(first.verdict.checks).status).toBe('pass');
    // The second run alone fails the row: judged on it, the pair would have failed the step.
    expect(overallRate(second.verdict.checks).status).toBe('fail');
    expect(overallRate(verdict.checks)).toEqual(overallRate(pooled!.verdict.checks));
    expect(overallRate(verdict.checks)).toMatchObject({ status: 'pass' });
    expect(overallRate(verdict.checks).value).toBeCloseTo(0.1001, 4);
    expect(verdict.status).toBe('pass');
  });

  it('fails two runs that each could not tell (limit 8.8%) when both together are clearly past the limit', async () => {
    const thresholds = await thresholdsWith(0.088);
    const { first, second, verdict } = await composed([tenA, tenB], thresholds);
    for (const run of [first, second])
      expect(overallRate(run.verdict.checks).confidence).toContain('this run cannot tell');
    expect(overallRate(verdict.checks)).toMatchObject({ status: 'fail' });
    expect(verdict.status).toBe('fail');
  });

  it('passes two runs that each could not tell (limit 12.2%) when both together are clearly within it', async () => {
    const thresholds = await thresholdsWith(0.122);
    const { first, second, verdict } = await composed([tenA, tenB], thresholds);
    for (const run of [first, second]) expect(overallRate(run.verdict.checks).status).toBe('warn');
    expect(overallRate(verdict.checks)).toMatchObject({ status: 'pass' });
    expect(verdict.status).toBe('pass');
  });

  it('pools history’s error-rate row too', async () => {
    const thresholds = await thresholdsWith(1);
    const facts = quickRunFacts;
    const entries: HistoryEntry[] = [];
    for (const [i, factor] of [0.96, 1.04, 0.98, 1.02, 1].entries())
      entries.push(historyEntryFrom(await analyzeFile(scaledRecording(dir, factor), { stagePlan }), facts(`m${i}`)));
    const rowsFor = (result: RunResult) =>
      historyRows(
        compareCheckedFigures(
          thresholds,
          result,
          historyEntryFrom(result, facts('pr')),
          entries,
          DEFAULT_COMPARE_OPTIONS,
        ),
        'main',
      );
    const history = { rowsFor } as unknown as HistoryStep;
    const { pooled, verdict } = await composed([unchanged, sixteen], thresholds, history);
    const name = 'error rate vs history';
    const row = verdict.checks.find((c) => c.name === name);
    expect(row).toBeDefined();
    expect(row).toEqual(rowsFor(pooled!.result).find((c) => c.name === name));
    expect(row?.value).toBeCloseTo(0.1001, 4);
  });

  it('pools nothing without a pair of k6 runs: no confirmation, results-file mode, a duet', async () => {
    const thresholds = await thresholdsWith(0.1);
    const first = await judgedRun(unchanged, thresholds);
    const second = await judgedRun(sixteen, thresholds);
    const how = { thresholds, stagePlan, warn: (m: string) => warnings.push(m) };
    expect(await pooledRun(first, { kind: 'not-needed' }, how)).toBeNull();
    expect(await pooledRun({ ...first, k6: null }, { kind: 'rerun', second }, how)).toBeNull();
    const paired = { ...first, verdict: { ...first.verdict, paired: { status: 'pass' } } } as JudgedRun;
    expect(await pooledRun(paired, { kind: 'rerun', second }, how)).toBeNull();
  });
});
