/**
 * Duet mode's judgement: head against base measured side by side in one run. For each p95,
 * p99 and error-rate check of the thresholds file (per its scope: overall, endpoint, stage),
 * the figure of both targets in the same time blocks (paired-blocks.ts), and the change of head
 * over base decided on those pairs.
 *
 * Latencies: each block's shift, the mean log-ratio ln(head/base) over the check's quantile and
 * three below it (paired-blocks.ts: one p95 of tens of requests is too noisy to read alone).
 * Logs, because a slowdown multiplies latency and the ratio of two p95s is skewed while its log
 * is near symmetric; a block's noise that hits both targets cancels in the ratio. Error rate:
 * the difference head − base per block (a ratio of zeros means nothing).
 *
 * The test: Student's paired t-test (@stdlib/stats-ttest on the per-block shifts), whose
 * interval is what the verdict reads; the shifts average four quantiles of tens of requests, so
 * they are near normal, and the t interval answers "how large is the change", which a
 * signed-rank p-value does not. On the real recordings (scripts/duet-power.ts) these shifts over
 * 1 s blocks joined to 20 requests narrowed the interval of an unchanged head by about a third
 * against single p95s over fixed 3 s blocks; blocks of 0.5 s or 2 s, or leaving out the
 * ramp-down, did no better. Family-wise control: the one-sided 5% is split over the paired
 * checks (Bonferroni), so a run with five checks is held to 1% each and an unchanged head fails
 * no more than one run in twenty, whatever the number of checks.
 *
 * A check fails when its whole interval lies past `minChange` (head slower by more than that),
 * passes when its whole interval lies below it, and is inconclusive (warns) when the interval
 * straddles it: this run cannot tell.
 */
import ttest from '@stdlib/stats-ttest';
import type { ThresholdCheck } from '../config/thresholds.js';
import type { DuetSamples } from '../results/duet-samples.js';
import { formatFigure } from '../figures/catalogue.js';
import { formatRelative } from '../figures/format.js';
import { checkName } from './check-name.js';
import { p95OverTime, pairedBlocks, wholeFigure, BLOCK_MS, type PairedBlock } from './paired-blocks.js';
import { worstStatus } from './status.js';
import type { CheckStatus, PairedCheck, PairedFigure, PairedJudgement } from './types.js';

export type { PairedCheck, PairedJudgement } from './types.js';

/** One-sided error of the whole family of paired checks. */
export const FAMILY_ALPHA = 0.05;
/** Fewer pairs than this give an interval too wide and a t-test too fragile to read. */
export const MIN_PAIRED_BLOCKS = 6;
/** An error rate is worse only past one percentage point at least: a failure or two per block is noise. */
export const ERROR_RATE_FLOOR = 0.01;

const PAIRED_FIGURES: readonly string[] = ['p95', 'p99', 'error-rate'];

export interface PairedOptions {
  minChange: number;
  blockMs?: number;
}

/** The checks a duet compares: one per figure and scope, the strictest severity when the file repeats it. */
export function pairedChecks(checks: readonly ThresholdCheck[]): ThresholdCheck[] {
  const byKey = new Map<string, ThresholdCheck>();
  for (const check of checks) {
    if (!PAIRED_FIGURES.includes(check.figure)) continue;
    const key = `${check.figure} ${JSON.stringify(check.scope)}`;
    const seen = byKey.get(key);
    if (!seen || (seen.severity === 'warn' && check.severity === 'fail')) byKey.set(key, check);
  }
  return [...byKey.values()];
}

/** The per-block shifts the test reads. A block with no ratio (only refused connections) is left out. */
function differences(blocks: readonly PairedBlock[]): number[] {
  return blocks.flatMap((b) => (b.shift === null ? [] : [b.shift]));
}

/** Mean and interval of the differences; the library's t interval, or the value itself when every pair agrees. */
function meanInterval(d: readonly number[], alphaEach: number): { mean: number; low: number; high: number } {
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  if (d.every((x) => x === d[0])) return { mean, low: mean, high: mean };
  // Two-sided at 2α: each bound is a one-sided bound at α.
  const result = ttest([...d], { alpha: 2 * alphaEach });
  return { mean, low: result.ci[0] as number, high: result.ci[1] as number };
}

function judgeOne(samples: DuetSamples, check: ThresholdCheck, options: Required<PairedOptions>, alphaEach: number) {
  const figure = check.figure as PairedFigure;
  const blocks = pairedBlocks(samples, figure, check.scope, options.blockMs);
  const base = wholeFigure(samples.base, figure, check.scope);
  const head = wholeFigure(samples.head, figure, check.scope);
  const latency = figure !== 'error-rate';
  const margin = latency ? options.minChange : Math.max(ERROR_RATE_FLOOR, options.minChange * (base ?? 0));
  const common = { name: checkName(check.figure, check.scope), figure, scope: check.scope, severity: check.severity };
  const d = differences(blocks);
  const show = (x: number) => (latency ? formatRelative(x) : `${(x * 100).toFixed(1)} pp`);
  if (d.length < MIN_PAIRED_BLOCKS) {
    const status: CheckStatus = 'warn';
    const confidence = `only ${d.length} blocks where both targets made enough requests (at least ${MIN_PAIRED_BLOCKS} needed): this run cannot compare them`;
    return { ...common, base, head, change: null, interval: null, margin, blocks: d.length, status, confidence };
  }
  const { mean, low, high } = meanInterval(d, alphaEach);
  // Latencies back from logs to relative change: exp is monotone, so the interval maps as is.
  const toChange = (x: number) => (latency ? Math.exp(x) - 1 : x);
  const interval = { low: toChange(low), high: toChange(high) };
  const level = `${Math.round((1 - alphaEach) * 1000) / 10}% one-sided bounds over ${d.length} paired blocks`;
  const range = `${show(interval.low)} to ${show(interval.high)}`;
  let status: CheckStatus;
  let confidence: string;
  if (interval.low > margin) {
    status = check.severity;
    confidence = `head is slower than base: the whole interval (${range}; ${level}) is past the min-change of ${show(margin)}`;
  } else if (interval.high <= margin) {
    status = 'pass';
    confidence = `the whole interval (${range}; ${level}) is within the min-change of ${show(margin)}`;
  } else {
    status = 'warn';
    confidence = `the min-change of ${show(margin)} lies inside the interval (${range}; ${level}): too wide to tell`;
  }
  return { ...common, base, head, change: toChange(mean), interval, margin, blocks: d.length, status, confidence };
}

export function judgePaired(
  samples: DuetSamples,
  checks: readonly ThresholdCheck[],
  options: PairedOptions,
): PairedJudgement {
  const chosen = pairedChecks(checks);
  const alphaEach = FAMILY_ALPHA / Math.max(1, chosen.length);
  const settings = { minChange: options.minChange, blockMs: options.blockMs ?? BLOCK_MS };
  const judged: PairedCheck[] = chosen.map((check) => judgeOne(samples, check, settings, alphaEach));
  const status = worstStatus(judged.map((c) => c.status));
  return {
    status,
    checks: judged,
    minChange: options.minChange,
    alphaEach,
    blockMs: settings.blockMs,
    p95OverTime: p95OverTime(samples),
  };
}

/** A figure of either target as the report prints it. */
export function formatPaired(check: Pick<PairedCheck, 'figure'>, value: number | null): string {
  return value === null ? '—' : formatFigure(check.figure, value);
}
