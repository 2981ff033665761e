import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/config/thresholds.js';
import { judge } from '../../src/judge/judge.js';
import { stepFails } from '../../src/judge/step.js';
import type { Verdict } from '../../src/judge/types.js';
import { endpointResult, runResult } from '../support/run-result-builder.js';

const checks = parseThresholds(
  {
    checks: [
      { figure: 'p95', scope: { endpoint: 'enqueue' }, limit: 3000 },
      { figure: 'error-rate', limit: 0.1 },
      { figure: 'p99', limit: 5000, severity: 'warn' },
      { figure: 'p95', scope: { endpoint: 'position' }, limit: 500 },
    ],
  },
  'test.json',
);

function verdictOf(enqueueP95: number, failed: number, p99: number): Verdict {
  return judge(
    runResult({
      overall: { requests: 1000, failed, p99, p99Ci: { low: p99 * 0.97, high: p99 * 1.03 } },
      endpoints: [
        endpointResult('enqueue', { p95: enqueueP95, p95Ci: { low: enqueueP95 * 0.97, high: enqueueP95 * 1.03 } }),
        endpointResult('position', { p95: 70 }),
      ],
    }),
    checks,
  );
}

const failing = verdictOf(3410, 125, 6052);
const warning = verdictOf(100, 0, 6052);
const passing = verdictOf(100, 0, 400);

describe('stepFails', () => {
  it('fail-on fail: fails on failed checks, naming each with value and limit', () => {
    expect(stepFails(failing, 'fail')).toEqual({
      fails: true,
      reason:
        '2 checks failed: p95 (enqueue) 3,410 ms > 3,000 ms; error rate 12.5% > 10%. 1 warned: p99 6,052 ms > 5,000 ms',
    });
    expect(stepFails(warning, 'fail')).toEqual({
      fails: false,
      reason: 'no check failed; 1 check warned: p99 6,052 ms > 5,000 ms',
    });
    expect(stepFails(passing, 'fail')).toEqual({ fails: false, reason: 'all 4 checks passed' });
  });

  it('fail-on warn: warnings fail the step too', () => {
    expect(stepFails(warning, 'warn')).toEqual({ fails: true, reason: '1 check warned: p99 6,052 ms > 5,000 ms' });
    expect(stepFails(passing, 'warn').fails).toBe(false);
  });

  it('fail-on never: never fails, still says what happened', () => {
    expect(stepFails(failing, 'never')).toEqual({
      fails: false,
      reason:
        'fail-on is never; 2 checks failed: p95 (enqueue) 3,410 ms > 3,000 ms; error rate 12.5% > 10%. 1 warned: p99 6,052 ms > 5,000 ms',
    });
  });

  it('says when a warning comes from an uncertain interval or a missing figure', () => {
    const uncertain = verdictOf(3010, 0, 400);
    expect(stepFails(uncertain, 'warn').reason).toBe(
      '1 check warned: p95 (enqueue) 3,010 ms, limit 3,000 ms inside its 95% interval',
    );
    // Endpoints the run names but never measured (an absent one would fail as a typo).
    const missing = judge(
      runResult({
        endpoints: [endpointResult('enqueue', { requests: 0 }), endpointResult('position', { requests: 0 })],
      }),
      checks,
    );
    expect(stepFails(missing, 'warn').reason).toBe(
      '2 checks warned: p95 (enqueue) not measured; p95 (position) not measured',
    );
  });
});

describe('stepFails on incomplete evidence', () => {
  const passing = (): Verdict => verdictOf(1200, 1, 4000);

  it('counts an incomplete run as a warning: fail-on warn fails the step, and the reason says what is missing', () => {
    const verdict: Verdict = {
      ...passing(),
      status: 'warn',
      missingEvidence: { message: 'incomplete results: the load ran 13 s of the 60 s planned', fatal: false },
    };
    expect(stepFails(verdict, 'warn')).toEqual({
      fails: true,
      reason: 'incomplete results: the load ran 13 s of the 60 s planned',
    });
    expect(stepFails(verdict, 'fail').fails).toBe(false);
    expect(stepFails(verdict, 'fail').reason).toMatch(/^no check failed; incomplete results/);
  });

  it('fails the step when the load made no request, even with fail-on never', () => {
    const verdict: Verdict = {
      ...passing(),
      status: 'fail',
      missingEvidence: { message: 'incomplete results: the load made no request', fatal: true },
    };
    expect(stepFails(verdict, 'never')).toEqual({
      fails: true,
      reason: 'no verdict without evidence: incomplete results: the load made no request',
    });
  });
});
