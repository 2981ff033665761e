/**
 * Every recording of a real k6 run: every whole-run figure k6's own summary reports equals ours,
 * the load's figures equal k6's method applied to the load's requests alone, and the
 * per-endpoint, per-status, per-stage and per-bucket splits add up to the whole.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.js';
import { k6Percentile, loadDurations } from '../support/load-oracle.js';
import {
  analyzeRecording,
  k6Summary,
  RECORDING_PLANS,
  recordingFile,
  type RecordingName,
} from '../support/recordings.js';

type SummaryMetrics = Record<string, Record<string, number> | undefined>;

const summaryOf = (name: RecordingName): SummaryMetrics => k6Summary(name).metrics;

const RECORDINGS = (Object.keys(RECORDING_PLANS) as RecordingName[]).map((name) => ({
  name,
  stagePlan: RECORDING_PLANS[name],
}));

const analyse = analyzeRecording;

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** When setup()'s last request and the load's first ended, read straight from the recording's http_reqs lines. */
function requestTimes(name: RecordingName): { lastSetupMs: number; firstLoadMs: number | null } {
  let lastSetupMs = Number.NEGATIVE_INFINITY;
  let firstLoadMs: number | null = null;
  for (const line of gunzipSync(readFileSync(recordingFile(name)))
    .toString('utf8')
    .split('\n')) {
    if (!line.startsWith('{"metric":"http_reqs","type":"Point"')) continue;
    const { data } = JSON.parse(line) as { data: { time: string; tags: { group?: string } } };
    const ms = Date.parse(data.time);
    if (data.tags.group === '::setup') lastSetupMs = Math.max(lastSetupMs, ms);
    else if (data.tags.group !== '::teardown' && (firstLoadMs === null || ms < firstLoadMs)) firstLoadMs = ms;
  }
  return { lastSetupMs, firstLoadMs };
}

describe.each(RECORDINGS)('$name', ({ name, stagePlan }) => {
  let result: RunResult;
  let k6: SummaryMetrics;
  beforeAll(async () => {
    result = await analyse(name);
    k6 = summaryOf(name);
  });

  it("reports the whole run's http_req_duration statistics exactly as k6 does", () => {
    const k6Duration = k6.http_req_duration ?? {};
    const ours = result.wholeRun.duration;
    expect(
      ours && {
        avg: ours.avg,
        min: ours.min,
        med: ours.med,
        'p(90)': ours.p90,
        'p(95)': ours.p95,
        'p(99)': ours.p99,
        max: ours.max,
      },
    ).toEqual({
      avg: k6Duration.avg,
      min: k6Duration.min,
      med: k6Duration.med,
      'p(90)': k6Duration['p(90)'],
      'p(95)': k6Duration['p(95)'],
      'p(99)': k6Duration['p(99)'],
      max: k6Duration.max,
    });
  });

  it("computes the load's figures with k6's percentile method over the load's requests alone", () => {
    const durations = loadDurations(name);
    const d = result.overall.duration;
    if (durations.length === 0) {
      expect(d).toBeNull();
      return;
    }
    expect(d && { count: d.count, min: d.min, p90: d.p90, p95: d.p95, p99: d.p99, max: d.max }).toEqual({
      count: durations.length,
      min: durations[0],
      p90: k6Percentile(durations, 0.9),
      p95: k6Percentile(durations, 0.95),
      p99: k6Percentile(durations, 0.99),
      max: durations.at(-1),
    });
    const loadEndpoints = result.endpoints.filter((e) => e.phase === 'load');
    expect(result.overall.requests).toBe(sum(loadEndpoints.map((e) => e.requests)));
    expect(result.overall.failed).toBe(sum(loadEndpoints.map((e) => e.failed)));
    expect(result.overall.rps).toBeCloseTo(result.overall.requests / (result.loadDurationMs / 1000), 9);
  });

  it('counts requests, failures, iterations, dropped iterations, VUs and checks as k6 does', () => {
    const o = result.wholeRun;
    expect({
      requests: o.requests,
      failed: o.failed,
      errorRate: o.errorRate,
      iterations: o.iterations,
      droppedIterations: o.droppedIterations,
      maxVus: o.maxVus,
      checks: o.checks,
    }).toEqual({
      requests: k6.http_reqs?.count,
      failed: k6.http_req_failed?.passes,
      errorRate: k6.http_req_failed?.value,
      iterations: k6.iterations?.count,
      droppedIterations: k6.dropped_iterations?.count ?? 0,
      maxVus: k6.vus?.max,
      checks: { passes: k6.checks?.passes ?? 0, fails: k6.checks?.fails ?? 0 },
    });
    expect(result.truncated).toBe(false);
  });

  it('gives requests per second within 1% of k6 (k6 divides by its own run duration)', () => {
    const k6Rate = k6.http_reqs?.rate ?? Number.NaN;
    expect(Math.abs(result.wholeRun.rps / k6Rate - 1)).toBeLessThan(0.01);
  });

  it('splits requests, failures and durations by endpoint without losing or double-counting any', () => {
    const load = result.endpoints.filter((e) => e.phase === 'load');
    expect(sum(result.endpoints.map((e) => e.requests))).toBe(result.wholeRun.requests);
    expect(sum(result.endpoints.map((e) => e.failed))).toBe(result.wholeRun.failed);
    expect(sum(result.endpoints.map((e) => e.duration?.count ?? 0))).toBe(result.wholeRun.duration?.count);
    expect(sum(load.map((e) => e.duration?.count ?? 0))).toBe(result.overall.duration?.count ?? 0);
    expect(sum(load.map((e) => e.rps))).toBeCloseTo(result.overall.rps, 9);
  });

  it('splits requests by status', () => {
    expect(sum(result.statuses.map((s) => s.count))).toBe(result.wholeRun.requests);
  });

  it('splits the load requests (not setup/teardown) by stage; no load request, no stages', () => {
    const load = result.endpoints.filter((e) => e.phase === 'load');
    expect(result.stages.map((s) => s.stage.index)).toEqual(load.length > 0 ? stagePlan.stages.map((_, i) => i) : []);
    expect(sum(result.stages.map((s) => s.requests))).toBe(sum(load.map((e) => e.requests)));
    expect(sum(result.stages.map((s) => s.failed))).toBe(sum(load.map((e) => e.failed)));
  });

  it("splits the load's requests and errors (not setup/teardown) over the time series, and every VU reading", () => {
    const load = result.endpoints.filter((e) => e.phase === 'load');
    const { bucketMs, buckets } = result.timeSeries;
    expect(bucketMs).toBeGreaterThanOrEqual(1000);
    expect(bucketMs).toBeLessThanOrEqual(10_000);
    expect(sum(buckets.map((b) => b.errors))).toBe(sum(load.map((e) => e.failed)));
    const last = buckets.length - 1;
    const requests = buckets.map(
      (b, i) => (b.rps * (i === last ? result.loadDurationMs - b.offsetMs : bucketMs)) / 1000,
    );
    expect(sum(requests)).toBeCloseTo(sum(load.map((e) => e.requests)), 6);
    expect(Math.max(...buckets.map((b) => b.vus))).toBe(result.overall.maxVus);
  });

  it("starts the scenario after setup()'s last request and at or before the load's first", () => {
    const { lastSetupMs, firstLoadMs } = requestTimes(name);
    const start = Date.parse(result.scenarioStartTime);
    expect(start).toBeGreaterThan(lastSetupMs);
    if (firstLoadMs !== null) expect(start).toBeLessThanOrEqual(firstLoadMs);
    expect(start).toBeGreaterThanOrEqual(Date.parse(result.startTime));
  });
});

describe('what the recordings show', () => {
  let full: RunResult;
  let spike: RunResult;
  let errors: RunResult;
  let down: RunResult;
  beforeAll(async () => {
    [full, spike, errors, down] = (await Promise.all(
      (['enqueue-full', 'spike-full', 'enqueue-errors', 'enqueue-server-down'] as const).map((name) => analyse(name)),
    )) as [RunResult, RunResult, RunResult, RunResult];
  });

  it('keeps setup and teardown requests as endpoints of their own', () => {
    expect(full.endpoints.map((e) => [e.phase, e.method, e.name, e.requests])).toEqual([
      ['load', 'GET', 'position', 19719],
      ['load', 'POST', 'enqueue', 6573],
      ['setup', 'POST', 'http://127.0.0.1:18081/api/v1/auth/login', 500],
      ['teardown', 'DELETE', 'http://127.0.0.1:18081/api/v1/waitings/1', 500],
    ]);
  });

  it("labels enqueue's stages by VU target and spike's by arrival rate", () => {
    expect(full.stages.map((s) => s.stage.label)).toEqual(['VU 10', 'VU 50', 'VU 100', 'VU 200', 'ramp-down']);
    expect(spike.stages.map((s) => s.stage.label)).toEqual(['10/s', '500/s', '500/s', '10/s', 'ramp-down']);
    expect(full.stages.map((s) => s.maxVus)).toEqual([9, 49, 99, 199, 200]);
  });

  it('reports status 0 with k6 error code 1212 when the server is down', () => {
    expect(down.statuses).toEqual([
      {
        status: 0,
        count: 500,
        // All 500 are setup()'s logins: the load never started.
        outsideLoad: 500,
        errorCode: 1212,
        errors: [{ message: 'dial: connection refused', count: 500 }],
      },
    ]);
  });

  it('reports the 500s among the successes', () => {
    expect(errors.statuses.map((s) => [s.status, s.count, s.outsideLoad ?? 0])).toEqual([
      [200, 1347, 500],
      [201, 40, 0],
      [204, 483, 483],
      [500, 54, 17],
    ]);
  });

  it('reports dropped iterations of the spike', () => {
    expect(spike.overall.droppedIterations).toBe(10707);
  });

  it("starts each scenario as setup() returns (setup's iteration_duration sample), not at its first request", () => {
    expect([full, spike, errors, down].map((r) => r.scenarioStartTime)).toEqual([
      '2026-11-24T15:09:21.075Z',
      // The spike's first request ended 0.8 s later (30.739): its stage windows used to start there.
      '2026-11-24T15:14:29.935Z',
      '2026-11-24T15:16:38.382Z',
      '2026-11-24T15:17:56.632Z',
    ]);
  });

  it('gives the target-down run no stages: setup() could not log in, so the load made no request', () => {
    expect(down.endpoints.map((e) => [e.phase, e.requests])).toEqual([['setup', 500]]);
    expect(down.stages).toEqual([]);
    expect(down.timeSeries.buckets.every((b) => b.rps === 0 && b.errors === 0)).toBe(true);
  });

  it("leaves setup()'s and teardown()'s bursts out of the spike's time series", () => {
    const rps = spike.timeSeries.buckets.map((b) => b.rps);
    // With them, the first and last buckets reached 300 and 2,240 req/s; the load's peak stays under 250.
    expect(Math.max(...rps)).toBeLessThan(250);
    // The series is the load's time: its buckets cover the load from its start to its last request.
    const { bucketMs, buckets } = spike.timeSeries;
    expect(buckets.length).toBe(Math.ceil(spike.loadDurationMs / bucketMs));
    expect(rps[0]).toBeGreaterThan(0);
  });
});
