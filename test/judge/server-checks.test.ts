import { describe, expect, it } from 'vitest';
import { loadThresholds, parseThresholds, type Thresholds } from '../../src/config/thresholds.js';
import { judge, judgeCheck } from '../../src/judge/judge.js';
import { stepFails } from '../../src/judge/step.js';
import { runResult, serverStage, stageResults } from '../support/run-result-builder.js';

const thresholds = (checks: unknown[]): Thresholds => parseThresholds({ checks }, 'server.json');
const only = (check: unknown): Thresholds['checks'][number] => {
  const [c] = thresholds([check]).checks;
  if (!c) throw new Error('no check');
  return c;
};

/** The enqueue shape: VU 10, 50, 100, 200, 0; calm request figures. */
const run = runResult({
  overall: { requests: 20_000, failed: 0, p95: 80 },
  stages: stageResults([
    [10, {}],
    [50, {}],
    [100, {}],
    [200, {}],
    [0, {}],
  ]),
});

describe('server checks judged on given server metrics', () => {
  const stressCpu = only({ figure: 'cpu', scope: { stage: 3 }, limit: 0.9 });
  const atStress = (cpu: number) => [0, 1, 2, 4].map((i) => serverStage(i)).concat(serverStage(3, { cpu }));

  it('passes a stage within its limit, judged on the value: no interval', () => {
    expect(judgeCheck(run, stressCpu, atStress(0.62))).toEqual({
      name: 'CPU (stage 3, VU 200)',
      figure: 'cpu',
      scope: { kind: 'stage', index: 3 },
      severity: 'fail',
      value: 0.62,
      interval: null,
      limit: 0.9,
      baseline: null,
      delta: null,
      status: 'pass',
      confidence: 'value within the limit of 90%; judged on the value itself (CPU has no confidence interval)',
    });
  });

  it('fails a stage past its limit, and only warns when the check is a warning', () => {
    expect(judgeCheck(run, stressCpu, atStress(0.97))).toMatchObject({
      status: 'fail',
      value: 0.97,
      confidence: 'value above the limit of 90%; judged on the value itself (CPU has no confidence interval)',
    });
    const warnOnly = only({ figure: 'cpu', scope: { stage: 3 }, limit: 0.9, severity: 'warn' });
    expect(judgeCheck(run, warnOnly, atStress(0.97)).status).toBe('warn');
  });

  it('reads the named stage only', () => {
    const busyStage2 = [serverStage(2, { poolPending: 6 }), serverStage(3, { poolPending: 0 })];
    const pending = (index: number) => only({ figure: 'pool-pending', scope: { stage: index }, limit: 0 });
    expect(judgeCheck(run, pending(3), busyStage2)).toMatchObject({ status: 'pass', value: 0 });
    expect(judgeCheck(run, pending(2), busyStage2)).toMatchObject({
      name: 'DB pool pending (stage 2, VU 100)',
      status: 'fail',
      value: 6,
      confidence: 'value above the limit of 0; judged on the value itself (DB pool pending has no confidence interval)',
    });
  });

  it('over the whole run takes the worst stage', () => {
    const stages = [
      serverStage(0, { poolActiveMax: 3 }),
      serverStage(3, { poolActiveMax: 10 }),
      serverStage(4, { poolActiveMax: 1 }),
    ];
    const active = judgeCheck(run, only({ figure: 'pool-active', limit: 9 }), stages);
    expect(active).toMatchObject({ name: 'DB pool active (worst stage)', value: 10, status: 'fail' });
    const gc = judgeCheck(run, only({ figure: 'gc-pauses', limit: 20 }), [
      serverStage(0, { gcPauses: 12 }),
      serverStage(1, { gcPauses: 18 }),
    ]);
    expect(gc).toMatchObject({ name: 'GC pauses (worst stage)', value: 18, status: 'pass' });
  });

  it('holds heap to its baseline plus the allowance, with the delta', () => {
    const heap = only({ figure: 'heap', baseline: 0.6, allowedRegression: 0.15 });
    const r = judgeCheck(run, heap, [serverStage(1, { heapUsedRatio: 0.8 })]);
    expect(r).toMatchObject({ name: 'JVM heap (worst stage)', value: 0.8, limit: 0.75, baseline: 0.6, status: 'fail' });
    expect(r.delta?.absolute).toBeCloseTo(0.2, 10);
    expect(r.delta?.relative).toBeCloseTo(1 / 3, 10);
    expect(judgeCheck(run, heap, [serverStage(1, { heapUsedRatio: 0.7 })]).status).toBe('pass');
  });
});

describe('server checks without server metrics: a warning, never a failure', () => {
  const serverChecks = thresholds([
    { figure: 'p95', limit: 2000 },
    { figure: 'cpu', scope: { stage: 3 }, limit: 0.9, severity: 'fail' },
    { figure: 'pool-pending', limit: 0, severity: 'fail' },
  ]);

  it.each([
    ['no third argument', undefined],
    ['null (Prometheus gave nothing)', null],
    ['no stages', []],
  ])('warns "not measured" with %s', (_, serverStages) => {
    const verdict = judge(run, serverChecks, serverStages);
    expect(verdict.checks.map((c) => [c.name, c.value, c.status, c.confidence])).toEqual([
      ['p95', 80, 'pass', "within the limit of 2,000 ms even allowing for this run's noise (95% interval 76 ms–84 ms)"],
      ['CPU (stage 3, VU 200)', null, 'warn', 'not measured: no server metrics (set prometheus-url)'],
      ['DB pool pending (worst stage)', null, 'warn', 'not measured: no server metrics (set prometheus-url)'],
    ]);
    expect(verdict.status).toBe('warn');
    expect(stepFails(verdict, 'fail')).toEqual({
      fails: false,
      reason:
        'no check failed; 2 checks warned: CPU (stage 3, VU 200) not measured; DB pool pending (worst stage) not measured',
    });
  });

  it('warns on a figure Prometheus did not give, for the stage or for the whole run', () => {
    const noHeap = [serverStage(0, { heapUsedRatio: null }), serverStage(1, { heapUsedRatio: null })];
    const byStage = judgeCheck(run, only({ figure: 'heap', scope: { stage: 1 }, limit: 0.9 }), noHeap);
    expect([byStage.value, byStage.status, byStage.confidence]).toEqual([
      null,
      'warn',
      'not measured: Prometheus gave no JVM heap for stage 1 (VU 50); see the server metrics warnings',
    ]);
    const overall = judgeCheck(run, only({ figure: 'heap', limit: 0.9 }), noHeap);
    expect(overall.confidence).toBe(
      'not measured: Prometheus gave no JVM heap for any stage; see the server metrics warnings',
    );
    const noStage = judgeCheck(run, only({ figure: 'cpu', scope: { stage: 7 }, limit: 0.9 }), noHeap);
    expect([noStage.name, noStage.status, noStage.confidence]).toEqual([
      'CPU (stage 7)',
      'warn',
      'not measured: this run has no stage 7',
    ]);
  });

  it('does not hide a request check that fails', () => {
    const failing = runResult({ overall: { p95: 5000, p95Ci: { low: 4800, high: 5200 } }, stages: run.stages });
    expect(judge(failing, serverChecks, null).status).toBe('fail');
  });
});

describe('the example thresholds file with server checks', () => {
  const example = () => loadThresholds('thresholds/examples/enqueue-with-server.json');

  it('warns, never fails, on a CPU-bound stress stage with a starved DB pool', async () => {
    const stages = [0, 1, 2, 4].map((i) => serverStage(i)).concat(serverStage(3, { cpu: 0.96, poolPending: 14 }));
    const verdict = judge(run, await example(), stages);
    expect(verdict.checks.map((c) => [c.name, c.value, c.status])).toEqual([
      ['p95', 80, 'pass'],
      ['error rate', 0, 'pass'],
      ['CPU (stage 3, VU 200)', 0.96, 'warn'],
      ['DB pool pending (stage 3, VU 200)', 14, 'warn'],
    ]);
    expect(verdict.status).toBe('warn');
  });

  it('passes on a calm server, and only warns without Prometheus', async () => {
    const calm = [0, 1, 2, 3, 4].map((i) => serverStage(i));
    expect(judge(run, await example(), calm).status).toBe('pass');
    expect(judge(run, await example()).status).toBe('warn');
  });
});
