/** Hand-built ReportInputs for the report's tests: plausible Festin runs that pass, warn and fail. */
import type { Figure, Scope } from '../../src/figures/catalogue.js';
import type { CheckResult, CheckStatus, Verdict } from '../../src/judge/types.js';
import type {
  EndpointResult,
  RequestStats,
  RunResult,
  StageResult,
  StatusResult,
  TimeBucket,
  TrendStats,
} from '../../src/results/types.js';
import type { ReportInput, RunContext } from '../../src/report/types.js';
import { stageLabel } from '../../src/results/stages.js';

/** Trend statistics shaped like a real latency distribution around a given p95. */
export function trend(p95: number, count = 1000): TrendStats {
  return {
    count,
    avg: p95 * 0.45,
    min: p95 * 0.05,
    med: p95 * 0.35,
    p90: p95 * 0.8,
    p95,
    p99: p95 * 1.6,
    max: p95 * 3.2,
    p95Ci: { low: p95 * 0.95, high: p95 * 1.06 },
    p99Ci: { low: p95 * 1.5, high: p95 * 1.75 },
  };
}

export function requestStats(requests: number, failed: number, seconds: number, p95: number): RequestStats {
  return {
    requests,
    failed,
    errorRate: requests === 0 ? 0 : failed / requests,
    rps: requests / seconds,
    duration: requests === 0 ? null : trend(p95, requests),
  };
}

export function endpoint(
  name: string,
  method: string,
  stats: RequestStats,
  phase: EndpointResult['phase'] = 'load',
): EndpointResult {
  return { name, method, phase, ...stats };
}

const ENQUEUE_STAGES: Array<[number, number]> = [
  [30_000, 10],
  [60_000, 50],
  [120_000, 100],
  [60_000, 200],
  [30_000, 0],
];

/** The guide's enqueue stages, with per-stage figures chosen by the caller. */
export function enqueueStages(perStage: Array<{ rps: number; p95: number; errorRate: number }>): StageResult[] {
  let start = 0;
  return ENQUEUE_STAGES.map(([durationMs, target], index) => {
    const figures = perStage[index] ?? { rps: 0, p95: 0, errorRate: 0 };
    const requests = Math.round((figures.rps * durationMs) / 1000);
    const stage: StageResult = {
      stage: {
        index,
        label: stageLabel('vus', target, index === 0),
        startMs: start,
        endMs: start + durationMs,
        target,
        unit: 'vus',
      },
      ...requestStats(requests, Math.round(requests * figures.errorRate), durationMs / 1000, figures.p95),
      maxVus: Math.max(target, ENQUEUE_STAGES[index - 1]?.[1] ?? 0),
    };
    start += durationMs;
    return stage;
  });
}

/** Buckets every 10 s following the stages: VUs ramp, throughput follows, p95 grows with load. */
export function timeSeriesFor(stages: StageResult[], bucketMs = 10_000): TimeBucket[] {
  const end = stages.at(-1)?.stage.endMs ?? 0;
  const buckets: TimeBucket[] = [];
  for (let offsetMs = 0; offsetMs < end; offsetMs += bucketMs) {
    const s = stages.find((st) => offsetMs >= st.stage.startMs && offsetMs < st.stage.endMs);
    buckets.push({
      offsetMs,
      rps: s?.rps ?? 0,
      p95: s?.duration?.p95 ?? null,
      errors: s ? Math.round((s.failed * bucketMs) / (s.stage.endMs - s.stage.startMs)) : 0,
      // Ramping VUs run `target` VUs; an arrival rate needs as many VUs as the stage saw.
      vus: s ? (s.stage.unit === 'vus' ? s.stage.target : s.maxVus) : 0,
    });
  }
  return buckets;
}

export function runResult(parts: {
  overall: RequestStats;
  endpoints: EndpointResult[];
  statuses: StatusResult[];
  stages: StageResult[];
  durationMs?: number;
  droppedIterations?: number;
  maxVus?: number;
}): RunResult {
  const durationMs = parts.durationMs ?? parts.stages.at(-1)?.stage.endMs ?? 0;
  const overall = {
    ...parts.overall,
    iterations: Math.round(parts.overall.requests / 4),
    droppedIterations: parts.droppedIterations ?? 0,
    maxVus: parts.maxVus ?? Math.max(0, ...parts.stages.map((s) => s.maxVus)),
    checks: { passes: parts.overall.requests - parts.overall.failed, fails: parts.overall.failed },
  };
  return {
    file: '/tmp/perf-gate-Xk3j9/k6-results.ndjson',
    startTime: '2026-01-17T10:00:00.000Z',
    // No setup() modelled: the scenario starts with the first sample.
    scenarioStartTime: '2026-01-17T10:00:00.000Z',
    endTime: new Date(Date.parse('2026-01-17T10:00:00.000Z') + durationMs).toISOString(),
    durationMs,
    loadDurationMs: durationMs,
    overall,
    // No setup() or teardown() modelled: the whole run is the load.
    wholeRun: overall,
    described: { scenario: null, profile: null, planFrom: 'given', windowsFrom: 'plan' },
    endpoints: parts.endpoints,
    statuses: parts.statuses,
    stages: parts.stages,
    timeSeries: { bucketMs: 10_000, buckets: timeSeriesFor(parts.stages) },
    truncated: false,
    evidence: { complete: true, gaps: [] },
  };
}

export function check(
  name: string,
  figure: Figure,
  value: number | null,
  limit: number | null,
  baseline: number | null,
  status: CheckStatus,
  confidence: string,
  scope: Scope = { kind: 'overall' },
): CheckResult {
  const latency = !['error-rate', 'rps', 'dropped-iterations'].includes(figure);
  return {
    name,
    figure,
    scope,
    severity: 'fail',
    value,
    interval: latency && value !== null ? { low: value * 0.95, high: value * 1.06 } : null,
    limit,
    baseline,
    delta:
      value === null || baseline === null
        ? null
        : { absolute: value - baseline, relative: baseline === 0 ? null : (value - baseline) / baseline },
    status,
    confidence,
  };
}

export function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    scenario: 'enqueue',
    profile: 'full',
    target: 'https://staging.festin.example',
    k6Version: 'v0.49.0',
    commit: '3f9c2e1a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e',
    reproduce: 'BASE_URL=https://staging.festin.example BOOTH_ID=1 PROFILE=full k6 run scenarios/enqueue-test.js',
    cleanedUp: true,
    incomplete: false,
    incompleteReason: null,
    baselineEnvironment: 'AWS EC2 t3.micro (2 vCPU, 1 GB) app server',
    ...overrides,
  };
}

function enqueueRun(
  perStage: Array<{ rps: number; p95: number; errorRate: number }>,
  statuses: StatusResult[],
): RunResult {
  const stages = enqueueStages(perStage);
  const seconds = 300;
  const requests = stages.reduce((sum, s) => sum + s.requests, 0);
  const failed = stages.reduce((sum, s) => sum + s.failed, 0);
  const worstP95 = Math.max(...stages.map((s) => s.duration?.p95 ?? 0));
  const enqueues = Math.round(requests / 4);
  return runResult({
    overall: requestStats(requests, failed, seconds, worstP95 * 0.8),
    endpoints: [
      endpoint('enqueue', 'POST', requestStats(enqueues, Math.round(failed * 0.6), seconds, worstP95 * 1.2)),
      endpoint('position', 'GET', requestStats(requests - enqueues, Math.round(failed * 0.4), seconds, worstP95 * 0.7)),
      endpoint('login', 'POST', requestStats(500, 0, 4, 41.2), 'setup'),
      endpoint('cancel', 'DELETE', requestStats(500, 0, 3, 12.9), 'teardown'),
    ],
    statuses,
    stages,
  });
}

/** The t3.micro baseline, reproduced: everything comfortably inside its limits. */
export function passInput(): ReportInput {
  const result = enqueueRun(
    [
      { rps: 7.9, p95: 31.4, errorRate: 0 },
      { rps: 39.2, p95: 48.7, errorRate: 0 },
      { rps: 78.3, p95: 71.9, errorRate: 0 },
      { rps: 139.6, p95: 103.2, errorRate: 0 },
      { rps: 35.1, p95: 28.4, errorRate: 0 },
    ],
    [
      { status: 200, count: 18_000, errorCode: null, errors: [] },
      { status: 201, count: 5_400, errorCode: null, errors: [] },
      { status: 204, count: 500, errorCode: null, errors: [] },
    ],
  );
  const verdict: Verdict = {
    status: 'pass',
    checks: [
      check('p95', 'p95', 82.6, 2000, 86, 'pass', 'whole 95% interval below the limit'),
      check('error rate', 'error-rate', 0, 0.1, 0, 'pass', 'no request failed'),
      check('throughput', 'rps', 79.8, 70, 78, 'pass', 'above the minimum'),
      check('p95 (enqueue)', 'p95', 123.8, 3000, 103, 'pass', 'whole 95% interval below the limit', {
        kind: 'endpoint',
        name: 'enqueue',
      }),
      check('p95 (position)', 'p95', 72.2, 500, 77, 'pass', 'whole 95% interval below the limit', {
        kind: 'endpoint',
        name: 'position',
      }),
    ],
    knee: null,
  };
  return { result, verdict, context: context() };
}

/** Slower than the baseline by more than the allowance, not yet past the hard limit; one server-metrics feed. */
export function warnInput(): ReportInput {
  const result = enqueueRun(
    [
      { rps: 7.8, p95: 35.2, errorRate: 0 },
      { rps: 38.9, p95: 61.5, errorRate: 0 },
      { rps: 74.1, p95: 148.3, errorRate: 0.0004 },
      { rps: 101.7, p95: 412.6, errorRate: 0.0031 },
      { rps: 30.2, p95: 40.1, errorRate: 0 },
    ],
    [
      { status: 200, count: 16_400, errorCode: null, errors: [] },
      { status: 201, count: 4_900, errorCode: null, errors: [] },
      { status: 204, count: 500, errorCode: null, errors: [] },
      { status: 500, count: 23, errorCode: 1500, errors: [] },
    ],
  );
  const verdict: Verdict = {
    status: 'warn',
    checks: [
      check('p95', 'p95', 330.1, 2000, 86, 'warn', 'above the baseline allowance (+100%), below the hard limit'),
      check('error rate', 'error-rate', 0.0011, 0.1, 0, 'pass', 'well below the limit'),
      check('throughput', 'rps', 68.4, 70, 78, 'warn', 'the 95% interval straddles the minimum'),
      check('p95 (enqueue)', 'p95', 495.1, 3000, 103, 'pass', 'whole 95% interval below the limit', {
        kind: 'endpoint',
        name: 'enqueue',
      }),
      check('p95 (position)', 'p95', 288.8, 500, 77, 'pass', 'whole 95% interval below the limit', {
        kind: 'endpoint',
        name: 'position',
      }),
    ],
    knee: {
      stageIndex: 2,
      label: 'VU 100',
      reason: 'p95 doubled from the previous stage (61.5 → 148 ms) while throughput rose only 90%.',
    },
  };
  return {
    result,
    verdict,
    context: context({ commit: 'a1b2c3d4e5f6', cleanedUp: null }),
    serverStages: [
      { stageIndex: 0, cpu: 0.12, poolPending: 0, poolActiveMax: 2, heapUsedRatio: 0.41 },
      { stageIndex: 1, cpu: 0.38, poolPending: 0, poolActiveMax: 6, heapUsedRatio: 0.52 },
      { stageIndex: 2, cpu: 0.71, poolPending: 3, poolActiveMax: 10, heapUsedRatio: 0.63 },
      { stageIndex: 3, cpu: 0.96, poolPending: 27, poolActiveMax: 10, heapUsedRatio: 0.78 },
      { stageIndex: 4, cpu: null, poolPending: null, poolActiveMax: null, heapUsedRatio: null },
    ],
    bottleneck: 'CPU: above 90% for all of VU 200, with the DB pool at its maximum of 10.',
    dashboardUrl: 'https://grafana.festin.example/d/festin?from=1768644000000&to=1768644300000',
  };
}

/** The spike on a t3.micro as the guide saw it: p99 far past 5 s, iterations dropped. */
export function failInput(): ReportInput {
  const plan: Array<[number, number, string]> = [
    [10_000, 10, '10/s'],
    [5_000, 500, '500/s'],
    [30_000, 500, '500/s'],
    [10_000, 10, '10/s'],
  ];
  const figures = [
    { rps: 9.9, p95: 18.2, errorRate: 0, vus: 4 },
    { rps: 164.2, p95: 2_410.5, errorRate: 0, vus: 612 },
    { rps: 171.8, p95: 9_870.3, errorRate: 0.012, vus: 1000 },
    { rps: 48.6, p95: 11_204.9, errorRate: 0.004, vus: 1000 },
  ];
  let start = 0;
  const stages: StageResult[] = plan.map(([durationMs, target, label], index) => {
    const f = figures[index] ?? { rps: 0, p95: 0, errorRate: 0, vus: 0 };
    const requests = Math.round((f.rps * durationMs) / 1000);
    const s: StageResult = {
      stage: { index, label, startMs: start, endMs: start + durationMs, target, unit: 'iterations/s' },
      ...requestStats(requests, Math.round(requests * f.errorRate), durationMs / 1000, f.p95),
      maxVus: f.vus,
    };
    start += durationMs;
    return s;
  });
  const requests = stages.reduce((sum, s) => sum + s.requests, 0);
  const failed = stages.reduce((sum, s) => sum + s.failed, 0);
  const result = runResult({
    overall: requestStats(requests, failed, 55, 8_612.4),
    endpoints: [
      endpoint('enqueue', 'POST', requestStats(requests, failed, 55, 8_612.4)),
      endpoint('login', 'POST', requestStats(1000, 0, 9, 212.7), 'setup'),
    ],
    statuses: [
      { status: 0, count: 61, errorCode: 1050, errors: [{ message: 'request timeout', count: 61 }] },
      { status: 200, count: 1000, errorCode: null, errors: [] },
      { status: 201, count: requests - failed, errorCode: null, errors: [] },
    ],
    stages,
    droppedIterations: 5_883,
    maxVus: 1000,
  });
  const verdict: Verdict = {
    status: 'fail',
    checks: [
      check('error rate', 'error-rate', failed / requests, 0.2, 0, 'pass', 'well below the limit'),
      check('p99', 'p99', 14_050.2, 5000, 6023, 'fail', 'whole 95% interval above the limit'),
      check('dropped iterations', 'dropped-iterations', 5_883, 1000, 5_883, 'fail', 'more than the limit'),
    ],
    knee: {
      stageIndex: 1,
      label: '500/s',
      reason: 'p95 rose from 18.2 ms to 2,411 ms and k6 started dropping iterations.',
    },
  };
  return { result, verdict, context: context({ scenario: 'spike', commit: 'deadbeefcafe', cleanedUp: false }) };
}
