/**
 * Turns a RunRecord (one pass over k6's output) into the RunResult: the load's figures (what is
 * judged), the whole run's equal to k6's end-of-test summary, per endpoint, per status, per
 * stage, and the time series.
 */
import { evidenceOf, type EvidenceFacts } from './evidence-gaps.js';
import { BAD_STAGE, type RequestTags } from './request-tags.js';
import type { RunRecord } from './run-record.js';
import { blockProfile, toLoadBlocks, type LoadBlocks } from './block-profile.js';
import { groupSamples, requestFigures, requestStats, type FiguresOf, type SampleGroups } from './sample-groups.js';
import { tagTotals, type TagTotals } from './tag-totals.js';
import { resolvePlan, taggedRun, type PlanOf } from './run-description.js';
import { spansOfPlan, type StageSpan } from './stage-blocks.js';
import { stageResults } from './stages.js';
import { runTimeSpan } from './time-span.js';
import { chooseBucketMs, timeSeries } from './time-series.js';
import type {
  EndpointResult,
  K6RunEnd,
  RequestFigures,
  RunFigures,
  RunFiguresOf,
  RunResult,
  StagePlan,
  StatusResult,
} from './types.js';

export interface SummarizeOptions {
  file: string;
  /** The file ends mid-line, or its gzip stream before its end marker. */
  cut: 'line' | 'gzip' | null;
  /** The plan to use when the requests name no bundled scenario and profile. */
  stagePlan?: StagePlan;
  /** The plan of the scenario and profile the requests are tagged with, when bundled. */
  planOf?: PlanOf;
  /** How the k6 run that wrote the file ended, when perf-gate ran it. */
  k6Exit?: K6RunEnd | null;
  /** Time-series resolution; chosen from the run's length when absent. */
  bucketMs?: number;
  /** Each merged instance's own load span, to tell one that ended early. */
  instances?: EvidenceFacts['instances'];
}

/** Endpoints shown one by one; the rest fold into one "other" row per phase (untagged URLs with ids make thousands). */
export const MAX_ENDPOINTS = 200;

/** The run's figures with their 95% intervals, and its time series: what the gate judges and reports. */
export function summarize(record: RunRecord, options: SummarizeOptions): RunResult {
  const { figures, totals } = runFigures(record, options, requestStats);
  const { truncated, evidence, ...front } = figures;
  const bucketMs = options.bucketMs ?? chooseBucketMs(figures.loadDurationMs);
  return { ...front, timeSeries: timeSeries(record, totals, bucketMs), truncated, evidence };
}

/**
 * The figures alone, without intervals or time series: what `perf-gate analyze` prints as
 * tables. Intervals and the series cost as much as the figures in a process that runs once.
 */
export function summarizeFigures(record: RunRecord, options: SummarizeOptions): RunFigures {
  return runFigures(record, options, requestFigures).figures;
}

function runFigures<S extends RequestFigures>(
  record: RunRecord,
  options: SummarizeOptions,
  figuresOf: FiguresOf<S>,
): { figures: RunFiguresOf<S>; totals: TagTotals } {
  const span = runTimeSpan(record);
  const outsideSpan = span ? record.keepWithin(span.fromMs, span.toMs) : { removed: 0, removedLoad: 0 };
  const empty = Number.isNaN(record.firstMs);
  const durationMs = empty ? 0 : record.lastMs - record.firstMs;
  const totals = tagTotals(record);
  const load = loadFacts(record, totals);
  const loadStartMs = record.scenarioStartMs();
  const loadDurationMs = load.lastLoadMs === null || empty ? 0 : Math.max(0, load.lastLoadMs - loadStartMs);
  // k6 divides by its own run duration (setup to teardown), which the samples span to within ~1%;
  // the load's rates divide by the load's own time, so the logins' minute does not dilute them.
  const seconds = { whole: durationMs / 1000, load: loadDurationMs / 1000 };
  const tags = record.tags.all;
  const loadOfTag = Int32Array.from(tags, (t) => (t.phase === 'load' ? 0 : -1));
  const loadGroups = groupSamples(record, 1, { tag: loadOfTag, totals });
  const wholeGroups = groupSamples(record, 1, { tag: new Int32Array(tags.length), totals });
  let maxVus = 0;
  for (let i = 0; i < record.vus.length; i++) maxVus = Math.max(maxVus, record.vus.value[i] as number);
  const counters = {
    iterations: record.iterations,
    droppedIterations: record.droppedIterations,
    maxVus,
    checks: { passes: record.checkPasses, fails: record.checkFails },
  };
  const tagged = taggedRun(record, totals);
  const { plan, from: planFrom } = resolvePlan(tagged, options.stagePlan, options.planOf);
  // The load's intervals come from blocks inside each planned stage (times count from the first sample).
  const stageSpans = plan && !empty ? spansOfPlan(plan, loadStartMs - record.firstMs) : undefined;
  loadGroups.stageSpans = stageSpans;
  const endpoints = endpointResults(record, totals, seconds, figuresOf, stageSpans);
  // Before the figures sort the load's durations: the blocks need them in arrival order.
  const loadBlocks = plan && !empty ? loadBlocksOf(loadGroups, plan, loadStartMs - record.firstMs) : undefined;
  const stages = stageResults(record, plan, figuresOf);

  const figures: RunFiguresOf<S> = {
    file: options.file,
    startTime: empty ? '' : new Date(record.firstMs).toISOString(),
    endTime: empty ? '' : new Date(record.lastMs).toISOString(),
    scenarioStartTime: empty ? '' : new Date(loadStartMs).toISOString(),
    durationMs,
    loadDurationMs,
    overall: { ...figuresOf(loadGroups, 0, seconds.load), ...counters },
    wholeRun: { ...figuresOf(wholeGroups, 0, seconds.whole), ...counters },
    described: { ...tagged, planFrom, windowsFrom: stages.windowsFrom },
    endpoints: endpoints.results,
    statuses: statusResults(record, totals),
    stages: stages.results,
    ...(loadBlocks ? { loadBlocks } : {}),
    truncated: options.cut !== null,
    evidence: evidenceOf({
      cut: options.cut,
      k6Exit: options.k6Exit,
      stagePlan: plan,
      loadMs: load.lastLoadMs === null ? null : load.lastLoadMs - loadStartMs,
      otherRequests: load.otherRequests,
      outsideSpan,
      badStageRequests: load.badStage,
      badValues: { all: record.badValues, load: record.badLoadValues },
      folded: endpoints.distinct > MAX_ENDPOINTS ? { endpoints: endpoints.distinct, kept: MAX_ENDPOINTS } : null,
      instances: options.instances,
    }),
  };
  return { figures, totals };
}

/** The load's p95 per 5 s block of each planned stage, times from the load's start (the chart's 0:00). */
function loadBlocksOf(groups: SampleGroups, plan: StagePlan, offsetMs: number): LoadBlocks | undefined {
  const durations = groups.durations[0];
  const times = groups.times[0];
  if (!durations || !times || durations.length === 0) return undefined;
  return toLoadBlocks(
    blockProfile(
      durations,
      times.map((t) => t - offsetMs),
      spansOfPlan(plan, 0),
    ),
  );
}

/** The last load request with a duration, the requests outside the load, and load requests with a bad stage tag. */
function loadFacts(
  record: RunRecord,
  totals: TagTotals,
): { lastLoadMs: number | null; otherRequests: number; badStage: number } {
  let lastLoadMs: number | null = null;
  let otherRequests = 0;
  let badStage = 0;
  record.tags.all.forEach((t, id) => {
    const durations = totals.durations[id] as number;
    if (durations === 0) return;
    if (t.phase !== 'load') {
      otherRequests += durations;
      return;
    }
    const last = totals.lastDurationMs[id] as number;
    if (lastLoadMs === null || last > lastLoadMs) lastLoadMs = last;
    if (t.stage === BAD_STAGE) badStage += durations;
  });
  return { lastLoadMs, otherRequests, badStage };
}

const PHASE_ORDER = { load: 0, setup: 1, teardown: 2 } as const;

/**
 * Endpoints by (phase, method, name); load first, busiest first. A load endpoint's rps is over
 * the load's time, so they add up to the load's rate; setup's and teardown's over the whole run, as
 * k6's own rates are. Beyond MAX_ENDPOINTS, the least
 * busy fold into one "other" row per phase.
 */
function endpointResults<S extends RequestFigures>(
  record: RunRecord,
  totals: TagTotals,
  seconds: { whole: number; load: number },
  figuresOf: FiguresOf<S>,
  stageSpans: readonly StageSpan[] | undefined,
): { results: Array<S & Pick<EndpointResult, 'name' | 'method' | 'phase'>>; distinct: number } {
  const keys = new Map<string, number>();
  const heads: RequestTags[] = [];
  const endpointOfTag = record.tags.all.map((t) => {
    const key = `${t.phase}\u0000${t.method}\u0000${t.name}`;
    let id = keys.get(key);
    if (id === undefined) {
      id = heads.length;
      heads.push(t);
      keys.set(key, id);
    }
    return id;
  });
  const distinct = heads.length;
  let groupOfEndpoint = heads.map((_, id) => id);
  let groupHeads: Array<{ tags: RequestTags; name: string; folded?: boolean }> = heads.map((t) => ({
    tags: t,
    name: t.name,
  }));
  if (distinct > MAX_ENDPOINTS) {
    const requests = new Float64Array(distinct);
    endpointOfTag.forEach((e, id) => (requests[e] = (requests[e] as number) + (totals.requestRows[id] as number)));
    const ranked = heads
      .map((_, id) => id)
      .sort(
        (a, b) =>
          PHASE_ORDER[(heads[a] as RequestTags).phase] - PHASE_ORDER[(heads[b] as RequestTags).phase] ||
          (requests[b] as number) - (requests[a] as number),
      );
    groupOfEndpoint = new Array<number>(distinct);
    groupHeads = [];
    const otherOfPhase = new Map<string, number>();
    const folded = new Map<string, number>();
    ranked.forEach((id, rank) => {
      const t = heads[id] as RequestTags;
      if (rank < MAX_ENDPOINTS) {
        groupOfEndpoint[id] = groupHeads.length;
        groupHeads.push({ tags: t, name: t.name });
        return;
      }
      let other = otherOfPhase.get(t.phase);
      if (other === undefined) {
        other = groupHeads.length;
        otherOfPhase.set(t.phase, other);
        groupHeads.push({ tags: { ...t, method: '' }, name: '', folded: true });
      }
      folded.set(t.phase, (folded.get(t.phase) ?? 0) + 1);
      groupOfEndpoint[id] = other;
    });
    for (const [phase, g] of otherOfPhase) {
      (groupHeads[g] as { name: string }).name =
        `(other: ${(folded.get(phase) ?? 0).toLocaleString('en-US')} endpoints)`;
    }
  }
  const groupOfTag = Int32Array.from(endpointOfTag, (endpoint) => groupOfEndpoint[endpoint] ?? -1);
  const groups = groupSamples(record, groupHeads.length, { tag: groupOfTag, totals });
  const loadGroups = { ...groups, stageSpans };
  // Folded rows come last in their phase: they stand for many endpoints, not the busiest one.
  const results = groupHeads
    .map(({ tags: t, name, folded }, g) => ({
      folded: folded === true,
      endpoint: {
        name,
        method: t.method,
        phase: t.phase,
        ...(t.phase === 'load' ? figuresOf(loadGroups, g, seconds.load) : figuresOf(groups, g, seconds.whole)),
      },
    }))
    .sort(
      ({ folded: af, endpoint: a }, { folded: bf, endpoint: b }) =>
        PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] ||
        Number(af) - Number(bf) ||
        b.requests - a.requests ||
        a.name.localeCompare(b.name),
    )
    .map(({ endpoint }) => endpoint);
  return { results, distinct };
}

/** Requests per HTTP status, with k6's error code and messages (status 0: no response). */
function statusResults(record: RunRecord, totals: TagTotals): StatusResult[] {
  const byStatus = new Map<
    number,
    { count: number; outsideLoad: number; codes: Map<number, number>; errors: Map<string, number> }
  >();
  record.tags.all.forEach((t, id) => {
    if (totals.requestRows[id] === 0) return;
    const n = totals.requests[id] as number;
    let entry = byStatus.get(t.status);
    if (!entry) {
      entry = { count: 0, outsideLoad: 0, codes: new Map(), errors: new Map() };
      byStatus.set(t.status, entry);
    }
    entry.count += n;
    if (t.phase !== 'load') entry.outsideLoad += n;
    if (t.errorCode !== null) entry.codes.set(t.errorCode, (entry.codes.get(t.errorCode) ?? 0) + n);
    if (t.error !== null) entry.errors.set(t.error, (entry.errors.get(t.error) ?? 0) + n);
  });
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, entry]) => ({
      status,
      count: entry.count,
      ...(entry.outsideLoad > 0 ? { outsideLoad: entry.outsideLoad } : {}),
      errorCode: mostSeen(entry.codes),
      errors: [...entry.errors.entries()]
        .sort(([am, ac], [bm, bc]) => bc - ac || am.localeCompare(bm))
        .map(([message, count]) => ({ message, count })),
    }));
}

function mostSeen(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestCount = -1;
  for (const [code, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && code < best)) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
