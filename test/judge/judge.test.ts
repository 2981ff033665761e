import { describe, expect, it } from 'vitest';
import { parseThresholds, type Thresholds } from '../../src/config/thresholds.js';
import { effectiveLimit, judge, judgeCheck } from '../../src/judge/judge.js';
import { wilsonInterval } from '../../src/judge/interval.js';
import { endpointResult, runResult, stageResults } from '../support/run-result-builder.js';

const thresholds = (checks: unknown[]): Thresholds => parseThresholds({ checks }, 'test.json');
const only = (check: unknown): Thresholds['checks'][number] => {
  const [c] = thresholds([check]).checks;
  if (!c) throw new Error('no check');
  return c;
};

describe('wilsonInterval', () => {
  it('matches the textbook Wilson score interval', () => {
    const ci = wilsonInterval(10, 100);
    expect(ci?.low).toBeCloseTo(0.05523, 5);
    expect(ci?.high).toBeCloseTo(0.17437, 5);
  });

  it('does not collapse when nothing failed: 0 of 500 still allows up to 0.76%', () => {
    const ci = wilsonInterval(0, 500);
    expect(ci?.low).toBe(0);
    expect(ci?.high).toBeCloseTo(0.00762, 5);
    expect(wilsonInterval(5, 5)?.high).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('effectiveLimit', () => {
  it('takes the tighter of the absolute limit and baseline + allowance', () => {
    expect(effectiveLimit(only({ figure: 'p95', limit: 2000, baseline: 86, allowedRegression: '25%' }))).toBe(107.5);
    expect(effectiveLimit(only({ figure: 'p95', limit: 100, baseline: 86, allowedRegression: '25%' }))).toBe(100);
    expect(effectiveLimit(only({ figure: 'p95', baseline: 86, allowedRegression: 50 }))).toBe(136);
  });

  it('holds throughput to a floor: baseline minus the allowance, or the limit if higher', () => {
    expect(effectiveLimit(only({ figure: 'rps', baseline: 138, allowedRegression: '25%' }))).toBe(103.5);
    expect(effectiveLimit(only({ figure: 'rps', limit: 120, baseline: 138, allowedRegression: '25%' }))).toBe(120);
  });
});

describe('judgeCheck: fail only on evidence', () => {
  const p95Check = only({
    figure: 'p95',
    scope: { endpoint: 'enqueue' },
    limit: 3000,
    baseline: 103,
    allowedRegression: '50%',
  });
  const withEnqueue = (p95: number, low: number, high: number) =>
    runResult({ endpoints: [endpointResult('enqueue', { p95, p95Ci: { low, high } })] });

  it('passes when the whole interval is within the limit, with value, baseline and delta', () => {
    expect(judgeCheck(withEnqueue(120, 110, 130), p95Check)).toEqual({
      name: 'p95 (enqueue)',
      figure: 'p95',
      scope: { kind: 'endpoint', name: 'enqueue' },
      severity: 'fail',
      value: 120,
      interval: { low: 110, high: 130 },
      intervalMethod: 'order statistics',
      limit: 154.5,
      baseline: 103,
      delta: { absolute: 17, relative: 17 / 103 },
      status: 'pass',
      confidence: "within the limit of 155 ms even allowing for this run's noise (95% interval 110 ms–130 ms)",
    });
  });

  it('warns when the limit lies inside the interval, even with the value past it', () => {
    const r = judgeCheck(withEnqueue(160, 150, 175), p95Check);
    expect(r.status).toBe('warn');
    expect(r.confidence).toBe(
      "the limit of 155 ms is within this run's noise (95% interval 150 ms–175 ms): this run cannot tell",
    );
  });

  it('fails when the whole interval is past the limit', () => {
    const r = judgeCheck(withEnqueue(200, 180, 230), p95Check);
    expect(r.status).toBe('fail');
    expect(r.confidence).toBe(
      "above the limit of 155 ms even allowing for this run's noise (95% interval 180 ms–230 ms)",
    );
  });

  it('a certain breach of a warn-severity check only warns', () => {
    const check = only({ figure: 'p95', scope: { endpoint: 'enqueue' }, limit: 100, severity: 'warn' });
    expect(judgeCheck(withEnqueue(200, 180, 230), check).status).toBe('warn');
  });

  it('judges error rate on its Wilson interval', () => {
    const check = only({ figure: 'error-rate', limit: 0.1 });
    const at = (requests: number, failed: number) => judgeCheck(runResult({ overall: { requests, failed } }), check);
    expect(at(100, 12).status).toBe('warn'); // 12% but 7%–20%: could be under 10%
    expect(at(1000, 125).status).toBe('fail'); // 12.5%, 10.6%–14.7%
    expect(at(1000, 80).status).toBe('pass'); // 8%, 6.5%–9.8%
    expect(at(1000, 125).confidence).toBe(
      "above the limit of 10% even allowing for this run's noise (95% interval 10.6%–14.7%)",
    );
  });

  it('an error-rate limit of 0 means no failures: 0 of 27,292 passes, 1 failure fails', () => {
    const check = only({ figure: 'error-rate', limit: 0 });
    const at = (requests: number, failed: number) => judgeCheck(runResult({ overall: { requests, failed } }), check);
    expect(at(27_292, 0)).toMatchObject({
      status: 'pass',
      confidence: 'no request failed; the limit of 0 allows no failures',
    });
    expect(at(27_292, 1).status).toBe('fail');
    expect(at(27_292, 1).confidence).toMatch(/of requests failed; the limit of 0 allows no failures$/);
    const warnOnly = only({ figure: 'error-rate', limit: 0, severity: 'warn' });
    expect(judgeCheck(runResult({ overall: { requests: 50, failed: 2 } }), warnOnly).status).toBe('warn');
    // Still nothing to judge without requests.
    expect(at(0, 0).status).toBe('warn');
  });

  it('judges figures without an interval on the value itself', () => {
    const max = judgeCheck(runResult({ overall: { max: 1200 } }), only({ figure: 'max', limit: 1000 }));
    expect(max).toMatchObject({ status: 'fail', interval: null, value: 1200 });
    expect(max.confidence).toBe(
      'value above the limit of 1,000 ms; judged on the value itself (max has no confidence interval)',
    );
    const rps = only({ figure: 'rps', baseline: 138, allowedRegression: '25%', severity: 'warn' });
    expect(judgeCheck(runResult({ overall: { rps: 100 } }), rps)).toMatchObject({ status: 'warn', limit: 103.5 });
    expect(judgeCheck(runResult({ overall: { rps: 148 } }), rps).status).toBe('pass');
    const dropped = only({ figure: 'dropped-iterations', baseline: 5883, allowedRegression: '50%' });
    expect(judgeCheck(runResult({ overall: { droppedIterations: 10_707 } }), dropped)).toMatchObject({
      status: 'fail',
      value: 10_707,
      delta: { absolute: 4824 },
    });
  });

  it('fails a check whose endpoint or stage a complete run never had (a typo), unless it is optional', () => {
    const run = runResult({
      stages: stageResults([
        [10, {}],
        [50, { requests: 0 }],
      ]),
    });
    const fix = '; check the name, or mark the check "optional": true if it may be absent';
    const missing = [
      only({ figure: 'p95', scope: { endpoint: 'login' }, limit: 500 }),
      only({ figure: 'p95', scope: { stage: 7 }, limit: 500 }),
      only({ figure: 'error-rate', scope: { stage: 1 }, limit: 0.1 }),
      only({ figure: 'p95', scope: { endpoint: 'login' }, limit: 500, optional: true }),
    ].map((c) => judgeCheck(run, c));
    expect(missing.map((c) => [c.name, c.value, c.status, c.confidence])).toEqual([
      ['p95 (login)', null, 'fail', `not measured: no requests named "login" in this run${fix}`],
      ['p95 (stage 7)', null, 'fail', `not measured: this run has no stage 7${fix}`],
      ['error rate (stage 1, VU 50)', null, 'warn', 'not measured: no requests in stage 1 (VU 50)'],
      ['p95 (login)', null, 'warn', 'not measured: no requests named "login" in this run'],
    ]);
    // A run cut short may never have reached it: only a warning then.
    const cut = { ...run, evidence: { complete: false, gaps: [] } };
    expect(judgeCheck(cut, only({ figure: 'p95', scope: { endpoint: 'login' }, limit: 500 })).status).toBe('warn');
  });

  it('prefers the load phase when setup used the same request name', () => {
    const run = runResult({
      endpoints: [
        endpointResult('login', { requests: 500, p95: 900 }, { phase: 'setup' }),
        endpointResult('login', { requests: 50, p95: 40 }),
      ],
    });
    expect(judgeCheck(run, only({ figure: 'p95', scope: { endpoint: 'login' }, limit: 500 })).value).toBe(40);
  });
});

describe('judge: the run', () => {
  const enqueue = thresholds([
    { figure: 'p95', limit: 2000, baseline: 86, allowedRegression: '50%' },
    { figure: 'error-rate', limit: 0.1 },
  ]);

  it('passes when every check passes', () => {
    const v = judge(runResult({ overall: { p95: 14, requests: 27_292, failed: 0 } }), enqueue);
    expect(v.status).toBe('pass');
    expect(v.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(v.knee).toBeNull();
  });

  it('warns when one check cannot tell, fails when one breaches for sure', () => {
    expect(judge(runResult({ overall: { p95: 125, p95Ci: { low: 120, high: 135 } } }), enqueue).status).toBe('warn');
    expect(judge(runResult({ overall: { p95: 14, requests: 1000, failed: 300 } }), enqueue).status).toBe('fail');
  });

  it('spike: the baseline breaking its own SLO passes the regression check and warns on the SLO', () => {
    const spike = thresholds([
      { figure: 'p99', baseline: 14050, allowedRegression: '25%', severity: 'fail' },
      { figure: 'p99', limit: 5000, severity: 'warn' },
    ]);
    const asBaseline = judge(runResult({ overall: { p99: 14_050 } }), spike);
    expect(asBaseline.checks.map((c) => c.status)).toEqual(['pass', 'warn']);
    expect(asBaseline.status).toBe('warn');
    const regressed = judge(runResult({ overall: { p99: 20_000 } }), spike);
    expect(regressed.checks.map((c) => c.status)).toEqual(['fail', 'warn']);
    expect(regressed.status).toBe('fail');
  });

  it('names the knee of the stages', () => {
    const stages = stageResults([
      [10, { p95: 10, rps: 8 }],
      [50, { p95: 12, rps: 40 }],
      [100, { p95: 400, rps: 60 }],
    ]);
    expect(judge(runResult({ stages }), enqueue).knee).toMatchObject({ stageIndex: 2, label: 'VU 100' });
  });
});
