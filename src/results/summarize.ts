/**
 * Turns a RunRecord (one pass over k6's output) into the RunResult: overall figures equal to
 * k6's end-of-test summary, per endpoint, per status, per stage, and the time series.
 */
import type { RequestTags } from './request-tags.js';
import type { RunRecord } from './run-record.js';
import { groupSamples, requestStats } from './sample-groups.js';
import { stageResults } from './stages.js';
import { chooseBucketMs, timeSeries } from './time-series.js';
import type { EndpointResult, RunResult, StagePlan, StatusResult } from './types.js';

export interface SummarizeOptions {
  file: string;
  truncated: boolean;
  stagePlan?: StagePlan;
  /** Time-series resolution; chosen from the run's length when absent. */
  bucketMs?: number;
}

export function summarize(record: RunRecord, options: SummarizeOptions): RunResult {
  const empty = Number.isNaN(record.firstMs);
  const durationMs = empty ? 0 : record.lastMs - record.firstMs;
  // k6 divides by its own run duration (setup to teardown), which the samples span to within ~1%.
  const seconds = durationMs / 1000;
  const overallGroups = groupSamples(record, 1, () => 0);
  let maxVus = 0;
  for (let i = 0; i < record.vus.length; i++) maxVus = Math.max(maxVus, record.vus.value[i] as number);

  return {
    file: options.file,
    startTime: empty ? '' : new Date(record.firstMs).toISOString(),
    endTime: empty ? '' : new Date(record.lastMs).toISOString(),
    scenarioStartTime: empty ? '' : new Date(record.scenarioStartMs()).toISOString(),
    durationMs,
    overall: {
      ...requestStats(overallGroups, 0, seconds),
      iterations: record.iterations,
      droppedIterations: record.droppedIterations,
      maxVus,
      checks: { passes: record.checkPasses, fails: record.checkFails },
    },
    endpoints: endpointResults(record, seconds),
    statuses: statusResults(record),
    stages: stageResults(record, options.stagePlan),
    timeSeries: timeSeries(record, options.bucketMs ?? chooseBucketMs(durationMs)),
    truncated: options.truncated,
  };
}

const PHASE_ORDER = { load: 0, setup: 1, teardown: 2 } as const;

/** Endpoints by (phase, method, name); load first, busiest first. rps is over the whole run, as k6's own rates are, so endpoints add up to the overall rate. */
function endpointResults(record: RunRecord, seconds: number): EndpointResult[] {
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
  const groups = groupSamples(record, heads.length, (_time, tagId) => endpointOfTag[tagId] ?? -1);
  return heads
    .map((t, g): EndpointResult => ({
      name: t.name,
      method: t.method,
      phase: t.phase,
      ...requestStats(groups, g, seconds),
    }))
    .sort(
      (a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || b.requests - a.requests || a.name.localeCompare(b.name),
    );
}

/** Requests per HTTP status, with k6's error code and messages (status 0: no response). */
function statusResults(record: RunRecord): StatusResult[] {
  const byStatus = new Map<number, { count: number; codes: Map<number, number>; errors: Map<string, number> }>();
  const tags = record.tags.all;
  for (const { tag, count, length } of record.requests.blocks) {
    for (let i = 0; i < length; i++) {
      const t = tags[tag[i] as number];
      const n = count[i] as number;
      if (t === undefined || Number.isNaN(n)) continue;
      let entry = byStatus.get(t.status);
      if (!entry) {
        entry = { count: 0, codes: new Map(), errors: new Map() };
        byStatus.set(t.status, entry);
      }
      entry.count += n;
      if (t.errorCode !== null) entry.codes.set(t.errorCode, (entry.codes.get(t.errorCode) ?? 0) + n);
      if (t.error !== null) entry.errors.set(t.error, (entry.errors.get(t.error) ?? 0) + n);
    }
  }
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, entry]) => ({
      status,
      count: entry.count,
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
