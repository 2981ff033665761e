/**
 * The knee and the bundled thresholds over each real k6 recording, analysed by analyzeFile
 * with the stage plans the runs used (test/fixtures/recordings/README.md).
 */
import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { judge } from '../../src/judge/judge.js';
import { findKnee } from '../../src/judge/knee.js';
import { analyzeRecording } from '../support/recordings.js';

const recording = analyzeRecording;

const statuses = (checks: Array<{ name: string; status: string }>) => checks.map((c) => `${c.name}: ${c.status}`);

describe('enqueue-full: 10 → 200 VUs handled comfortably', () => {
  it('has no knee: throughput rises with every stage and p95 stays in the teens of ms', async () => {
    const run = await recording('enqueue-full');
    expect(run.stages.map((s) => s.stage.label)).toEqual(['VU 10', 'VU 50', 'VU 100', 'VU 200', 'ramp-down']);
    expect(run.stages.map((s) => Math.round(s.rps))).toEqual([6, 34, 85, 170, 117]);
    expect(run.stages.every((s) => (s.duration?.p95 ?? Infinity) < 20)).toBe(true);
    expect(findKnee(run.stages)).toBeNull();
  });

  it('passes the bundled enqueue thresholds', async () => {
    const verdict = judge(await recording('enqueue-full'), await loadThresholds('thresholds/enqueue.t3-micro.json'));
    expect(statuses(verdict.checks)).toEqual([
      'p95: pass',
      'p95 (enqueue): pass',
      'p95 (position): pass',
      'error rate (limit): pass',
      'error rate (vs baseline): pass',
    ]);
    expect(verdict.status).toBe('pass');
  });
});

describe('enqueue-errors: 5% of requests answer 500 from the first VU', () => {
  it('has no knee: the errors are a constant background, not a response to load', async () => {
    const run = await recording('enqueue-errors');
    expect(run.stages[0]?.failed).toBeGreaterThan(0);
    expect(findKnee(run.stages)).toBeNull();
  });

  it('stays under the 10% limit but warns that errors appeared where the baseline had none', async () => {
    const verdict = judge(await recording('enqueue-errors'), await loadThresholds('thresholds/enqueue.t3-micro.json'));
    expect(statuses(verdict.checks)).toEqual([
      'p95: pass',
      'p95 (enqueue): pass',
      'p95 (position): pass',
      'error rate (limit): pass',
      'error rate (vs baseline): warn',
    ]);
    expect(verdict.checks[4]?.confidence).toMatch(
      /^above the limit of 1% even allowing for this run's noise \(95% interval .*\)$/,
    );
    expect(verdict.status).toBe('warn');
  });
});

describe('enqueue-server-down: nothing listening', () => {
  it('has no knee: the load made no request, so there is no stage to compare', async () => {
    const run = await recording('enqueue-server-down');
    expect(run.stages).toEqual([]);
    expect(findKnee(run.stages)).toBeNull();
  });

  it('fails on missing evidence: the load never ran, so its latency and error rate are not measured', async () => {
    const verdict = judge(
      await recording('enqueue-server-down'),
      await loadThresholds('thresholds/enqueue.t3-micro.json'),
    );
    expect(statuses(verdict.checks)).toEqual([
      'p95: warn',
      'p95 (enqueue): warn',
      'p95 (position): warn',
      // setup()'s 500 refused logins are not the load: the load made no request to judge.
      'error rate (limit): warn',
      'error rate (vs baseline): warn',
    ]);
    expect(verdict.checks[0]).toMatchObject({
      value: null,
      confidence: "not measured: no requests in this run's load",
    });
    expect(verdict.checks[1]).toMatchObject({
      value: null,
      confidence: 'not measured: no requests named "enqueue" in this run',
    });
    expect(verdict.status).toBe('fail');
  });
});

describe('spike-full: 500/s against a server that takes ~170/s', () => {
  it('knees at the surge to 500/s, where requests start queueing', async () => {
    const run = await recording('spike-full');
    // Throughput saturates at ~170 req/s from the surge on; p95 jumps from ~9 ms to seconds.
    expect(run.stages.map((s) => Math.round(s.rps))).toEqual([5, 139, 167, 167, 81]);
    const knee = findKnee(run.stages);
    expect(knee).toMatchObject({ stageIndex: 1, label: '500/s' });
    expect(knee?.reason).toMatch(/^p95 [\d,]+ ms is \d+× the [\d.]+ ms at 10\/s$/);
  });

  it('passes the regression check, warns on the 5 s SLO and on dropped iterations', async () => {
    const verdict = judge(await recording('spike-full'), await loadThresholds('thresholds/spike.t3-micro.json'));
    expect(statuses(verdict.checks)).toEqual([
      'p99 (vs baseline): pass',
      'p99 (limit): warn',
      'error rate (limit): pass',
      'error rate (vs baseline): pass',
      'requests/s: pass',
      'dropped iterations: warn',
    ]);
    expect(verdict.checks[5]?.value).toBe(10_707);
    expect(verdict.status).toBe('warn');
  });
});
