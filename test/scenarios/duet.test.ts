import { describe, expect, it } from 'vitest';
import { duetConfigs, duetOptions, isDuet, targetOf, targetUrl } from '../../scenarios/lib/duet.js';
import { buildOptions } from '../../scenarios/lib/options.js';

describe('duetOptions: what a custom script calls to load both targets', () => {
  const custom = {
    scenarios: {
      browse: { executor: 'constant-vus', vus: 5, duration: '30s', tags: { team: 'a' } },
      checkout: { executor: 'constant-arrival-rate', rate: 10, duration: '30s', preAllocatedVUs: 5 },
    },
    thresholds: { 'http_req_duration{scenario:checkout}': ['p(95)<500'], http_req_failed: ['rate<0.1'] },
    batch: 10,
  };

  it('runs every scenario twice with the same executor, the copies tagged and told their target', () => {
    const duet = duetOptions(custom);
    expect(Object.keys(duet.scenarios)).toEqual(['browse', 'browse_base', 'checkout', 'checkout_base']);
    expect(duet.scenarios['browse_base']).toEqual({
      executor: 'constant-vus',
      vus: 5,
      duration: '30s',
      tags: { team: 'a', target: 'base' },
      env: { PERF_GATE_TARGET: 'base' },
    });
    expect(duet.scenarios['checkout']).toEqual({
      ...custom.scenarios.checkout,
      tags: { target: 'head' },
      env: { PERF_GATE_TARGET: 'head' },
    });
    expect(duet.batch).toBe(10);
    // The caller's options are left as they were.
    expect(custom.scenarios.browse.tags).toEqual({ team: 'a' });
  });

  it("copies a scenario's thresholds for its base copy and keeps the run-wide ones once", () => {
    expect(duetOptions(custom).thresholds).toEqual({
      'http_req_duration{scenario:checkout}': ['p(95)<500'],
      'http_req_duration{scenario:checkout_base}': ['p(95)<500'],
      http_req_failed: ['rate<0.1'],
    });
  });

  it('doubles the bundled enqueue scenario', () => {
    expect(Object.keys(duetOptions(buildOptions('enqueue', 'quick')).scenarios)).toEqual(['enqueue', 'enqueue_base']);
  });

  it('refuses options without scenarios: there would be nothing to run twice', () => {
    expect(() => duetOptions({ vus: 5 } as object)).toThrow('options.scenarios names no scenario');
  });
});

describe('targets from the environment', () => {
  const env = { BASE_URL: 'http://head.test/', BASELINE_URL: 'http://base.test//' };

  it('is a duet only with BASELINE_URL', () => {
    expect([isDuet(env), isDuet({ BASE_URL: 'http://head.test' }), isDuet({ BASELINE_URL: '' })]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("gives each VU its copy's URL; setup and teardown (no copy) are the head's", () => {
    expect(targetOf(env)).toBe('head');
    expect(targetUrl(env)).toBe('http://head.test');
    expect(targetOf({ ...env, PERF_GATE_TARGET: 'base' })).toBe('base');
    expect(targetUrl({ ...env, PERF_GATE_TARGET: 'base' })).toBe('http://base.test');
  });

  it('names the variable that is not a URL', () => {
    expect(() => targetUrl({ ...env, BASELINE_URL: 'base.test', PERF_GATE_TARGET: 'base' })).toThrow(
      'BASELINE_URL is "base.test": set it to the API root',
    );
  });

  it("duetConfigs: the base config is the head's with BASELINE_URL, each marked with its target", () => {
    expect(duetConfigs({ baseUrl: 'http://head.test', boothId: 3 }, env)).toEqual({
      head: { baseUrl: 'http://head.test', boothId: 3, target: 'head' },
      base: { baseUrl: 'http://base.test', boothId: 3, target: 'base' },
    });
  });
});
