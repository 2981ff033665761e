/**
 * The verdict's composition on real k6 recordings: regressions are injected by scaling every
 * request duration of the enqueue-errors run (scaled-recording.ts), the history is five scaled
 * copies of the same run, and the confirmation run is a second recording.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadThresholds, type Thresholds } from '../../src/config/thresholds.js';
import { historyEntryFrom } from '../../src/history/build.js';
import { DEFAULT_COMPARE_OPTIONS } from '../../src/history/compare.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { compareCheckedFigures, historyRows } from '../../src/history/verdict.js';
import { askingRows, composeRuns, asksConfirmation, runFigures, type RunVerdicts } from '../../src/judge/compose.js';
import { judge } from '../../src/judge/judge.js';
import { stepFails } from '../../src/judge/step.js';
import type { Verdict } from '../../src/judge/types.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { analyzeFiles } from '../../src/results/analyze-files.js';
import type { RunResult } from '../../src/results/types.js';
import { scaledRecording } from '../history/scaled-recording.js';
import { analyzeRecording, RECORDING_PLANS } from '../support/recordings.js';
import { quickRunFacts } from '../support/history-facts.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-compose-'));
const plan = RECORDING_PLANS['enqueue-errors'];
const files = new Map<number, string>();
const results = new Map<number, RunResult>();

async function scaled(factor: number): Promise<RunResult> {
  if (!results.has(factor)) {
    const file = scaledRecording(dir, factor);
    files.set(factor, file);
    results.set(factor, await analyzeFile(file, { stagePlan: plan }));
  }
  return results.get(factor)!;
}

const facts = quickRunFacts;

let thresholds: Thresholds;
let history: HistoryEntry[];

/** One run judged against the file and against main's history, as the gate would. */
async function judged(factor: number, inconclusive: string | null = null): Promise<RunVerdicts> {
  const result = await scaled(factor);
  const compared = compareCheckedFigures(
    thresholds,
    result,
    historyEntryFrom(result, facts('pr')),
    history,
    DEFAULT_COMPARE_OPTIONS,
  );
  return { file: judge(result, thresholds), history: historyRows(compared, 'main'), inconclusive };
}

const row = (verdict: Verdict, name: string) => verdict.checks.find((c) => c.name === name);
const p95Of = (result: RunResult) => result.overall.duration!.p95;

beforeAll(async () => {
  const unchanged = await scaled(1);
  // The file: p95 within 100% of the unchanged run (its 40 s of load give a wide interval), errors under 10% (fail) and under 1 point more than none (warn).
  const file = path.join(dir, 'thresholds.json');
  writeFileSync(
    file,
    JSON.stringify({
      scenario: 'enqueue',
      checks: [
        { figure: 'p95', scope: 'overall', limit: 60_000, baseline: p95Of(unchanged), allowedRegression: '100%' },
        { figure: 'error-rate', scope: 'overall', limit: 0.1, severity: 'fail' },
        { figure: 'error-rate', scope: 'overall', limit: 0.2, baseline: 0, allowedRegression: 0.01, severity: 'warn' },
      ],
    }),
  );
  thresholds = await loadThresholds(file);
  history = [];
  for (const [i, factor] of [0.96, 1.04, 0.98, 1.02, 1].entries())
    history.push(historyEntryFrom(await scaled(factor), facts(`main${i}`)));
}, 60_000);

describe('composeRuns on real recordings', () => {
  it('asks to confirm a ×2 run past the history band, and fails it only when the second run fails too', async () => {
    const first = await judged(2);
    expect(asksConfirmation(first)).toBe(true);
    const second = await judged(2);
    const { verdict, record } = composeRuns(first, { kind: 'rerun', second, pooled: null });
    expect(row(verdict, 'p95 vs history')).toMatchObject({ status: 'fail' });
    // ×2 lands right on the file's +100% limit: inside its interval, so that row cannot tell.
    expect(row(verdict, 'p95')).toMatchObject({ status: 'warn' });
    expect(verdict.status).toBe('fail');
    expect(verdict.confirmation).toMatchObject({ kind: 'rerun', repeated: true });
    // Both runs are in the confirmation table, history's row included.
    expect(verdict.confirmation?.kind === 'rerun' && verdict.confirmation.rows.map((r) => r.name)).toEqual([
      'p95',
      'p95 vs history',
    ]);
    // History's p95 row is decided per 5 s block here: the table carries each run's block change for it.
    const historyRow = verdict.confirmation?.kind === 'rerun' ? verdict.confirmation.rows[1] : undefined;
    const firstJudged = first.history.find((r) => r.name === 'p95 vs history')?.judgedOn;
    expect(firstJudged?.unit).toBe('per 5 s block');
    expect(historyRow?.judgedOn?.first).toEqual(firstJudged);
    expect(historyRow?.judgedOn?.second?.change).toBeGreaterThan(historyRow!.judgedOn!.second!.failAt);
    // One history entry, built from both runs: never the better of the two.
    expect(record).toBe('both-runs');
  });

  it('asks for a second run on any failing latency row: history’s alone, or the file’s alone', async () => {
    const slow = await judged(2);
    // The file's p95 row passes (its baseline set 10 times higher): history's row alone asks.
    const lenient = judge(await scaled(2), {
      ...thresholds,
      checks: [
        { ...thresholds.checks[0]!, baseline: thresholds.checks[0]!.baseline! * 10 },
        ...thresholds.checks.slice(1),
      ],
    });
    expect(lenient.checks[0]).toMatchObject({ name: 'p95', status: 'pass' });
    expect(askingRows({ ...slow, file: lenient })).toEqual(['p95 vs history']);
    // No history rows: the file's failing p95 row alone asks (×3 is clearly past baseline + 100%).
    const file = judge(await scaled(3), thresholds);
    expect(file.checks[0]).toMatchObject({ name: 'p95', status: 'fail' });
    expect(askingRows({ file, history: [], inconclusive: null })).toEqual(['p95']);
    // A row that failed in the first run only does not fail: the second run cleared it.
    const cleared = composeRuns(slow, { kind: 'rerun', second: await judged(1), pooled: null }).verdict;
    expect(cleared.checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('shows both runs of a pair: each one’s figures and the verdict it had on its own', async () => {
    const withFigures = async (factor: number) => ({
      ...(await judged(factor)),
      figures: runFigures(await scaled(factor)),
    });
    const { verdict } = composeRuns(await withFigures(2), {
      kind: 'rerun',
      second: await withFigures(1),
      pooled: null,
    });
    const runs = verdict.confirmation?.kind === 'rerun' ? verdict.confirmation.runs : undefined;
    // The unchanged run warns on its own: its 4% errors are past the file's warn-only +1 point.
    expect(runs?.map((r) => r.status)).toEqual(['fail', 'warn']);
    expect(runs?.[0].p95).toBe(p95Of(await scaled(2)));
    expect(runs?.[1].p95).toBe(p95Of(await scaled(1)));
    expect(runs?.map((r) => r.requests)).toEqual([
      (await scaled(2)).overall.requests,
      (await scaled(1)).overall.requests,
    ]);
    expect(runs?.[1].errorRate).toBe((await scaled(1)).overall.errorRate);
  });

  it('passes an unchanged run without a second run, and records it', async () => {
    const first = await judged(1);
    expect(asksConfirmation(first)).toBe(false);
    const { verdict, record } = composeRuns(first, { kind: 'none' });
    expect(row(verdict, 'p95 vs history')?.status).toBe('pass');
    expect(verdict.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(record).toBe('this-run');
  });

  it('warns, and says so, when a history row fails in the confirmation run only', async () => {
    const { verdict } = composeRuns(await judged(1), { kind: 'rerun', second: await judged(2), pooled: null });
    const p95 = row(verdict, 'p95 vs history');
    expect(p95?.status).toBe('warn');
    expect(p95?.confidence).toMatch(/failed in the confirmation run only$/);
    expect(verdict.confirmation).toMatchObject({ kind: 'rerun', repeated: false });
    expect(stepFails(verdict, 'fail').fails).toBe(false);
  });

  it('lets an incomplete confirmation run clear nothing: the first verdict stands and says so', async () => {
    const first = await judged(2);
    const cut = await analyzeRecording('enqueue-server-down');
    const second: RunVerdicts = { file: judge(cut, thresholds), history: [], inconclusive: null };
    const { verdict, record } = composeRuns(first, { kind: 'rerun', second, pooled: null });
    expect(verdict.status).toBe('fail');
    expect(row(verdict, 'p95 vs history')?.status).toBe('fail');
    expect(verdict.confirmation).toMatchObject({ kind: 'not-rerun' });
    expect(verdict.confirmation?.kind === 'not-rerun' && verdict.confirmation.reason).toMatch(
      /clears nothing: the first run's verdict stands$/,
    );
    expect(record).toBe('this-run');
    const down = composeRuns(first, { kind: 'failed', reason: 'the target stopped answering' });
    expect(down.verdict.status).toBe('fail');
    expect(down.verdict.confirmation?.kind === 'not-rerun' && down.verdict.confirmation.reason).toContain(
      'the target stopped answering',
    );
  });

  it('lets a pass on a saturated runner stand only on the load it sent, against history’s runs', async () => {
    const judgedRun = await judged(1, 'the runner was saturated (CPU 97%)');
    // Without the recording's warn-only error-rate row (it has 4% errors), so the rest can pass.
    const unchanged = {
      ...judgedRun,
      file: { ...judgedRun.file, checks: judgedRun.file.checks.filter((c) => c.severity === 'fail') },
    };
    const result = await scaled(1);
    const sent = result.overall.requests;
    const figures = runFigures(result);
    // Unsaturated, the unchanged run passes: what follows is the saturated runner's doing alone.
    expect(composeRuns({ ...unchanged, inconclusive: null }, { kind: 'none' }).verdict.status).toBe('pass');
    const matched = composeRuns(
      { ...unchanged, figures, loadReference: { requests: sent, source: 'the history' } },
      { kind: 'none' },
    ).verdict;
    expect(matched.status).toBe('pass');
    expect(matched.loadDelivered).toMatch(
      /^it sent [\d,]+ requests, 100% of the [\d,]+ in the history, so the target saw its load$/,
    );
    // 10% fewer requests than the base runs: a lighter load, so the pass is not earned.
    const light = composeRuns(
      { ...unchanged, figures, loadReference: { requests: Math.round(sent / 0.9), source: 'the history' } },
      { kind: 'none' },
    ).verdict;
    expect(light.status).toBe('warn');
    expect(light.inconclusive).toMatch(
      /; it sent [\d,]+ requests, 90% of the [\d,]+ in the history: a lighter load makes the target look faster, so a pass is not earned$/,
    );
    // Nothing to check the load against: no pass either.
    const unknown = composeRuns({ ...unchanged, figures }, { kind: 'none' }).verdict;
    expect(unknown.status).toBe('warn');
    expect(unknown.inconclusive).toMatch(/no request count to check that the starved runner still sent its load/);
  });

  it('caps history rows too when the runner was saturated: no fail, no confirmation', async () => {
    const first = await judged(2, 'the runner was saturated (CPU 97%)');
    expect(asksConfirmation(first)).toBe(false);
    const { verdict } = composeRuns(first, { kind: 'none' });
    expect(row(verdict, 'p95 vs history')).toMatchObject({ status: 'warn' });
    expect(row(verdict, 'p95 vs history')?.confidence).toMatch(/not judged: the runner was saturated/);
    expect(verdict.status).not.toBe('fail');
    expect(verdict.inconclusive).toBe('the runner was saturated (CPU 97%)');
  });

  it('judges error rates once, on both runs pooled, never on the second run alone', async () => {
    const first = await judged(1);
    const second = await judged(1.3);
    const both = await analyzeFiles([files.get(1)!, files.get(1.3)!], { stagePlan: plan });
    const pooled: RunVerdicts = { file: judge(both, thresholds), history: [], inconclusive: null };
    const { verdict } = composeRuns(first, { kind: 'rerun', second, pooled });
    const rates = verdict.checks.slice(0, 3).filter((c) => c.figure === 'error-rate');
    expect(rates).toEqual(pooled.file.checks.filter((c) => c.figure === 'error-rate'));
    expect(rates.map((c) => c.limit)).toEqual([0.1, 0.01]);
    // Pooled over twice the requests: a narrower interval than either run's own.
    const own = first.file.checks.find((c) => c.figure === 'error-rate')!;
    expect(rates[0]!.interval!.high - rates[0]!.interval!.low).toBeLessThan(own.interval!.high - own.interval!.low);
    // History's error-rate row had no pooled counterpart here: the first run's stands.
    expect(row(verdict, 'error rate vs history')).toEqual(
      row(composeRuns(first, { kind: 'none' }).verdict, 'error rate vs history'),
    );
    // Without pooled rows the first run's stand: the second run is no second chance to fail.
    const alone = composeRuns(first, { kind: 'rerun', second, pooled: null }).verdict;
    expect(alone.checks.filter((c) => c.figure === 'error-rate')).toEqual(
      composeRuns(first, { kind: 'none' }).verdict.checks.filter((c) => c.figure === 'error-rate'),
    );
  });

  it('asks to confirm a run that cannot tell, history row or file row, and never passes it on its own', async () => {
    const first = await judged(1);
    const undecided = (name: string) =>
      first.history.map((c) =>
        c.name === name ? { ...c, status: 'warn' as const, confidence: `${c.confidence}: this run cannot tell` } : c,
      );
    const unsure: RunVerdicts = { ...first, history: undecided('p95 vs history') };
    expect(asksConfirmation(unsure)).toBe(true);
    expect(composeRuns(unsure, { kind: 'none' }).verdict.status).not.toBe('pass');
    // The file's p95 row with its limit inside its own interval, as judge() words it: the same.
    const result = await scaled(1);
    const file = judge(result, {
      ...thresholds,
      checks: [{ ...thresholds.checks[0]!, baseline: null, allowedRegression: null, limit: p95Of(result) }],
    });
    expect(file.checks[0]).toMatchObject({ status: 'warn', severity: 'fail' });
    expect(asksConfirmation({ ...first, file })).toBe(true);
  });

  it('keeps the file’s checks beside history: its p95 limit is baseline + 100%, not the 60 s limit', async () => {
    const { verdict } = composeRuns(await judged(1), { kind: 'none' });
    const p95 = row(verdict, 'p95');
    expect(p95?.limit).toBeCloseTo(p95Of(await scaled(1)) * 2, 6);
    expect(verdict.checks.map((c) => c.name)).toEqual([
      'p95',
      'error rate (limit)',
      'error rate (vs baseline)',
      'p95 vs history',
      'error rate vs history',
    ]);
  });
});
