/**
 * What the results could not see, each gap in one line for the report's first line: a cut
 * stream, k6 ending early, less load than planned, samples left out. Gaps that hide load make
 * the evidence incomplete, and an incomplete run can warn or fail but never pass.
 */
import type { Evidence, EvidenceGap, StagePlan, K6RunEnd } from './types.js';

/**
 * Load may end this much before the plan without the run counting as short: the last stage
 * ramps to 0, so the last requests come up to ~1 s early (0.45 s in a quick spike, measured
 * on the recordings), and a request's sample is written at its end. 3 s covers that on the
 * shortest plans (quick profile, ~13 s); 5% keeps the allowance proportional on long ones.
 */
export const SHORT_LOAD_MARGIN = { minMs: 3_000, share: 0.05 } as const;

/**
 * Load may run this much past the plan before the plan is taken to be another run's: k6 lets
 * iterations finish for up to gracefulStop/gracefulRampDown (30 s in the full profile), and a
 * custom plan may be rounded. A 5-minute run read with quick's 1-minute plan is far beyond it.
 */
export const LONG_LOAD_MARGIN = { minMs: 30_000, share: 0.5 } as const;

export interface EvidenceFacts {
  /** The file ends mid-line, or its gzip stream before its end marker. */
  cut: 'line' | 'gzip' | null;
  k6Exit?: K6RunEnd | null;
  stagePlan?: StagePlan;
  /** From the scenario's start to the last load request; null without load requests. */
  loadMs: number | null;
  /** Requests outside the load (setup, teardown), to tell "no load" from "nothing at all". */
  otherRequests: number;
  outsideSpan: { removed: number; removedLoad: number };
  badStageRequests: number;
  badValues: { all: number; load: number };
  folded: { endpoints: number; kept: number } | null;
  /**
   * Each k6 instance's own load span when several were merged: one stopped early hides behind
   * the others, which cover the same time, so each is held to the plan (or, without one, to
   * the longest instance).
   */
  instances?: ReadonlyArray<{ file: string; loadMs: number | null }>;
}

export function evidenceOf(facts: EvidenceFacts): Evidence {
  const gaps: EvidenceGap[] = [];
  const gap = (kind: EvidenceGap['kind'], message: string, incomplete = true) =>
    gaps.push({ kind, message, incomplete });
  if (facts.cut === 'line') gap('truncated', 'the results file ends mid-line (k6 was stopped while writing)');
  if (facts.cut === 'gzip') gap('truncated', 'the gzip results file is cut short (its end never arrived)');
  if (facts.k6Exit && !facts.k6Exit.complete) gap('k6-ended-early', `k6 ended early: ${facts.k6Exit.meaning}`);
  if (facts.loadMs === null) {
    gap('no-load-requests', `the load made no request (only ${count(facts.otherRequests, 'setup/teardown request')})`);
  } else if (facts.stagePlan) {
    const plannedMs = facts.stagePlan.stages.reduce((sum, s) => sum + s.durationMs, 0);
    if (isShort(facts.loadMs, plannedMs)) {
      const share = Math.round((Math.max(0, facts.loadMs) / plannedMs) * 100);
      gap(
        'short-load',
        `the load ran ${seconds(facts.loadMs)} of the ${seconds(plannedMs)} planned (${share}% of the plan)`,
      );
    } else if (facts.loadMs - plannedMs > Math.max(LONG_LOAD_MARGIN.minMs, plannedMs * LONG_LOAD_MARGIN.share)) {
      gap(
        'long-load',
        `the load ran ${seconds(facts.loadMs)}, far longer than the ${seconds(plannedMs)} planned: the plan does not fit this run (another profile or scenario?), so its stage windows cut the load at the wrong times; judge it with the profile it ran`,
      );
    }
  }
  for (const message of shortInstances(facts)) gap('short-load', message);
  const { removed, removedLoad } = facts.outsideSpan;
  if (removed > 0) {
    gap(
      'outside-time-span',
      `${count(removed, 'sample')} outside the run's time span ${removed === 1 ? 'was' : 'were'} ignored`,
      removedLoad > 0,
    );
  }
  if (facts.badStageRequests > 0) {
    gap(
      'bad-stage-tag',
      `${count(facts.badStageRequests, 'load request')} with a stage tag that is not a stage number (0–99) left out of the stage figures`,
    );
  }
  if (facts.badValues.all > 0) {
    gap(
      'bad-values',
      `${count(facts.badValues.all, 'sample')} with a value no k6 metric takes (infinite, negative or not a number) ignored`,
      facts.badValues.load > 0,
    );
  }
  if (facts.folded) {
    const { endpoints, kept } = facts.folded;
    gap(
      'endpoints-folded',
      `${endpoints.toLocaleString('en-US')} distinct endpoint names: the ${kept} busiest are shown, the other ${(endpoints - kept).toLocaleString('en-US')} are folded into "other"; give requests a \`name\` tag (e.g. { tags: { name: 'item' } }) so URLs with ids count as one endpoint`,
      false,
    );
  }
  return { complete: gaps.every((g) => !g.incomplete), gaps };
}

function isShort(loadMs: number, plannedMs: number): boolean {
  return plannedMs - loadMs > Math.max(SHORT_LOAD_MARGIN.minMs, plannedMs * SHORT_LOAD_MARGIN.share);
}

/** One line per merged instance whose own load ended short of the plan (or of the longest instance). */
function shortInstances(facts: EvidenceFacts): string[] {
  const instances = facts.instances ?? [];
  if (instances.length < 2) return [];
  const planned = facts.stagePlan?.stages.reduce((sum, s) => sum + s.durationMs, 0);
  const longest = Math.max(...instances.map((i) => i.loadMs ?? 0));
  const referenceMs = planned ?? longest;
  const against = planned === undefined ? 'the longest instance ran' : 'planned';
  return instances
    .filter((i) => i.loadMs === null || isShort(i.loadMs, referenceMs))
    .map((i) => {
      const ms = i.loadMs ?? 0;
      const share = Math.round((Math.max(0, ms) / referenceMs) * 100);
      return `the instance in ${i.file} ran its load ${seconds(ms)} of the ${seconds(referenceMs)} ${against} (${share}%): its k6 ended early, so the merged figures miss its share of the load`;
    });
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return `${Math.round(Math.max(0, ms) / 1000)} s`;
}
