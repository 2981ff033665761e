/**
 * Hand-built RunResults for tests of judge and knee (and anyone else): every figure defaults
 * to something plausible and can be overridden. Percentile intervals default to ±5% of the value.
 */
import type {
  EndpointResult,
  OverallResult,
  RequestStats,
  RunResult,
  StageResult,
  StageWindow,
  TrendStats,
} from '../../src/results/types.js';
import type { ServerStageMetrics } from '../../src/metrics/types.js';
import { stageLabel } from '../../src/results/stages.js';

export interface StatsSpec {
  requests?: number;
  failed?: number;
  rps?: number;
  /** Shorthands for duration figures; null = no requests measured. */
  p95?: number;
  p99?: number;
  avg?: number;
  max?: number;
  p95Ci?: { low: number; high: number };
  p99Ci?: { low: number; high: number };
  noDuration?: boolean;
}

export function trendStats(spec: StatsSpec = {}): TrendStats {
  const p95 = spec.p95 ?? 80;
  const p99 = spec.p99 ?? p95 * 1.5;
  return {
    count: spec.requests ?? 1000,
    avg: spec.avg ?? p95 * 0.4,
    min: p95 * 0.05,
    med: p95 * 0.35,
    p90: p95 * 0.8,
    p95,
    p99,
    max: spec.max ?? p99 * 2,
    p95Ci: spec.p95Ci ?? { low: p95 * 0.95, high: p95 * 1.05 },
    p99Ci: spec.p99Ci ?? { low: p99 * 0.95, high: p99 * 1.05 },
  };
}

export function requestStats(spec: StatsSpec = {}): RequestStats {
  const requests = spec.requests ?? 1000;
  const failed = spec.failed ?? 0;
  return {
    requests,
    failed,
    errorRate: requests === 0 ? 0 : failed / requests,
    rps: spec.rps ?? requests / 60,
    duration: requests === 0 || spec.noDuration ? null : trendStats(spec),
  };
}

export function endpointResult(
  name: string,
  spec: StatsSpec = {},
  extra: Partial<Pick<EndpointResult, 'method' | 'phase'>> = {},
): EndpointResult {
  return { name, method: extra.method ?? 'POST', phase: extra.phase ?? 'load', ...requestStats(spec) };
}

/**
 * Stages from [target, spec] pairs, 30 s each, labelled as analyze labels them
 * ("VU 50", "500/s", "ramp-down").
 */
export function stageResults(
  stages: Array<[target: number, spec: StatsSpec]>,
  unit: StageWindow['unit'] = 'vus',
): StageResult[] {
  return stages.map(([target, spec], index) => {
    const window: StageWindow = {
      index,
      label: stageLabel(unit, target, index === 0),
      startMs: index * 30_000,
      endMs: (index + 1) * 30_000,
      target,
      unit,
    };
    return { stage: window, maxVus: unit === 'vus' ? target : 0, ...requestStats(spec) };
  });
}

export interface RunSpec {
  overall?: StatsSpec & Partial<Pick<OverallResult, 'droppedIterations' | 'iterations' | 'maxVus'>>;
  endpoints?: EndpointResult[];
  stages?: StageResult[];
}

export function runResult(spec: RunSpec = {}): RunResult {
  const o = spec.overall ?? {};
  const overall = {
    ...requestStats(o),
    iterations: o.iterations ?? 250,
    droppedIterations: o.droppedIterations ?? 0,
    maxVus: o.maxVus ?? 200,
    checks: { passes: 0, fails: 0 },
  };
  return {
    file: 'k6.ndjson',
    startTime: '2026-01-17T10:00:00.000Z',
    // No setup() modelled: the scenario starts with the first sample.
    scenarioStartTime: '2026-01-17T10:00:00.000Z',
    endTime: '2026-01-17T10:05:00.000Z',
    durationMs: 300_000,
    loadDurationMs: 300_000,
    overall,
    // No setup() or teardown() modelled: the whole run is the load.
    wholeRun: overall,
    described: { scenario: null, profile: null, planFrom: 'given', windowsFrom: 'plan' },
    endpoints: spec.endpoints ?? [],
    statuses: [],
    stages: spec.stages ?? [],
    timeSeries: { bucketMs: 1000, buckets: [] },
    truncated: false,
    evidence: { complete: true, gaps: [] },
  };
}

/** One stage's server metrics, a calm server by default (30% CPU, nothing pending); override any figure, null = not scraped. */
export function serverStage(
  stageIndex: number,
  figures: Partial<Omit<ServerStageMetrics, 'stageIndex'>> = {},
): ServerStageMetrics {
  return {
    stageIndex,
    cpu: 0.3,
    poolPending: 0,
    poolActiveMax: 4,
    heapUsedRatio: 0.5,
    poolMax: 10,
    gcPauses: 5,
    gcPauseMs: 40,
    ...figures,
  };
}
