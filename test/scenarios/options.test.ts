import { describe, expect, it } from 'vitest';
import {
  buildOptions,
  classifyResponse,
  k6Duration,
  parseProfile,
  plannedRunMs,
  requestTags,
  stageIndexAt,
  stagePlanFor,
  taggedStagePlan,
  testUserCount,
} from '../../scenarios/lib/options.js';

describe('stagePlanFor', () => {
  it('is the guide enqueue-test to the second: 30s->10, 1m->50, 2m->100, 1m->200, 30s->0 VUs', () => {
    expect(stagePlanFor('enqueue', 'full')).toEqual({
      unit: 'vus',
      start: 0,
      stages: [
        { durationMs: 30_000, target: 10 },
        { durationMs: 60_000, target: 50 },
        { durationMs: 120_000, target: 100 },
        { durationMs: 60_000, target: 200 },
        { durationMs: 30_000, target: 0 },
      ],
    });
  });

  it('is the guide spike-test: from 10/s, 10s at 10/s, 5s to 500/s, 30s at 500/s, 10s to 10/s', () => {
    expect(stagePlanFor('spike', 'full')).toEqual({
      unit: 'iterations/s',
      start: 10,
      stages: [
        { durationMs: 10_000, target: 10 },
        { durationMs: 5_000, target: 500 },
        { durationMs: 30_000, target: 500 },
        { durationMs: 10_000, target: 10 },
      ],
    });
  });

  it('quick keeps the targets and runs every stage a fifth as long', () => {
    for (const scenario of ['enqueue', 'spike'] as const) {
      const full = stagePlanFor(scenario, 'full');
      const quick = stagePlanFor(scenario, 'quick');
      expect(quick.start).toBe(full.start);
      expect(quick.stages.map((s) => s.target)).toEqual(full.stages.map((s) => s.target));
      expect(quick.stages.map((s) => s.durationMs)).toEqual(full.stages.map((s) => s.durationMs / 5));
    }
    expect(stagePlanFor('enqueue', 'quick').stages.map((s) => s.durationMs)).toEqual([6000, 12000, 24000, 12000, 6000]);
  });

  it('refuses an unknown scenario or profile, naming the accepted values', () => {
    expect(() => stagePlanFor('soak' as 'enqueue', 'full')).toThrow(
      'Unknown scenario "soak": use one of enqueue, spike',
    );
    expect(() => stagePlanFor('enqueue', 'fast' as 'full')).toThrow('PROFILE is "fast": set it to full');
  });
});

describe('buildOptions', () => {
  it('gives k6 the enqueue stages as a ramping-vus scenario named enqueue', () => {
    expect(buildOptions('enqueue', 'full')).toEqual({
      scenarios: {
        enqueue: {
          executor: 'ramping-vus',
          startVUs: 0,
          stages: [
            { duration: '30s', target: 10 },
            { duration: '1m', target: 50 },
            { duration: '2m', target: 100 },
            { duration: '1m', target: 200 },
            { duration: '30s', target: 0 },
          ],
          gracefulRampDown: '30s',
          gracefulStop: '30s',
        },
      },
      thresholds: {
        'http_req_failed{scenario:enqueue}': [{ threshold: 'rate<0.9', abortOnFail: true, delayAbortEval: '10s' }],
      },
      setupTimeout: '2m',
      teardownTimeout: '2m',
      batch: 50,
      batchPerHost: 50,
    });
  });

  it('gives k6 the spike as a ramping-arrival-rate scenario with VUs to spare (500 ready, up to 1000)', () => {
    expect(buildOptions('spike', 'full').scenarios).toEqual({
      spike: {
        executor: 'ramping-arrival-rate',
        startRate: 10,
        timeUnit: '1s',
        preAllocatedVUs: 500,
        maxVUs: 1000,
        stages: [
          { duration: '10s', target: 10 },
          { duration: '5s', target: 500 },
          { duration: '30s', target: 500 },
          { duration: '10s', target: 10 },
        ],
        gracefulStop: '30s',
      },
    });
  });

  it('quick scales durations and the graceful stop, not the targets', () => {
    const quick = buildOptions('spike', 'quick');
    expect(quick.scenarios.spike?.stages).toEqual([
      { duration: '2s', target: 10 },
      { duration: '1s', target: 500 },
      { duration: '6s', target: 500 },
      { duration: '2s', target: 10 },
    ]);
    expect(quick.scenarios.spike?.gracefulStop).toBe('10s');
    expect(quick.setupTimeout).toBe('1m');
  });
});

describe('plannedRunMs', () => {
  it('adds setup, stages, graceful stop and teardown at their limits', () => {
    expect(plannedRunMs('enqueue', 'full')).toBe(120_000 + 300_000 + 30_000 + 120_000);
    expect(plannedRunMs('spike', 'full')).toBe(120_000 + 55_000 + 30_000 + 120_000);
    expect(plannedRunMs('enqueue', 'quick')).toBe(60_000 + 60_000 + 10_000 + 60_000);
    expect(plannedRunMs('spike', 'quick')).toBe(60_000 + 11_000 + 10_000 + 60_000);
  });
});

describe('stageIndexAt', () => {
  const plan = stagePlanFor('enqueue', 'full');
  it.each([
    [-50, 0],
    [0, 0],
    [29_999, 0],
    [30_000, 1],
    [89_999, 1],
    [90_000, 2],
    [210_000, 3],
    [270_000, 4],
    [299_999, 4],
    [300_000, 4],
    [330_000, 4],
  ])('at %i ms is stage %i (each stage owns [start, end); graceful stop belongs to the last)', (elapsed, index) => {
    expect(stageIndexAt(elapsed, plan)).toBe(index);
  });

  it('follows the quick spike plan', () => {
    const spike = stagePlanFor('spike', 'quick');
    expect([0, 1_999, 2_000, 2_999, 3_000, 8_999, 9_000, 10_999].map((t) => stageIndexAt(t, spike))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});

describe('k6Duration', () => {
  it.each([
    [30_000, '30s'],
    [60_000, '1m'],
    [150_000, '2m30s'],
    [1_000, '1s'],
    [1_500, '1500ms'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(k6Duration(ms)).toBe(text);
  });
});

describe('classifyResponse', () => {
  it('counts 201 and 200 as a successful join, 409 and other business rules as business errors', () => {
    expect(classifyResponse('enqueue', 201)).toBe('ok');
    expect(classifyResponse('enqueue', 200)).toBe('ok');
    expect(classifyResponse('enqueue', 409)).toBe('business');
    expect(classifyResponse('enqueue', 400)).toBe('business');
    expect(classifyResponse('position', 404)).toBe('business');
  });

  it('counts 5xx, timeouts (status 0) and 401 as failures', () => {
    for (const status of [500, 502, 503, 0, 401, 403]) expect(classifyResponse('enqueue', status)).toBe('failure');
    expect(classifyResponse('position', 500)).toBe('failure');
  });

  it('wants 200 from login and position, 204 from cancel', () => {
    expect(classifyResponse('login', 200)).toBe('ok');
    expect(classifyResponse('position', 200)).toBe('ok');
    expect(classifyResponse('cancel', 204)).toBe('ok');
    expect(classifyResponse('cancel', 200)).toBe('failure');
  });
});

describe('requestTags', () => {
  it('names the endpoint in k6 `name` and the stage as a decimal string', () => {
    expect(requestTags('enqueue', 3)).toEqual({ name: 'enqueue', stage: '3' });
    expect(requestTags('position', 0)).toEqual({ name: 'position', stage: '0' });
  });
  it('tags load requests with the profile too, so the results file tells its own stages', () => {
    expect(requestTags('enqueue', 1, 'quick')).toEqual({ name: 'enqueue', stage: '1', profile: 'quick' });
  });
  it('leaves the stage and profile out for setup and teardown requests', () => {
    expect(requestTags('login')).toEqual({ name: 'login' });
  });
});

describe('taggedStagePlan', () => {
  it("is the bundled plan of the tagged scenario and profile, and nothing for another script's names", () => {
    expect(taggedStagePlan('spike', 'quick')).toEqual(stagePlanFor('spike', 'quick'));
    expect(taggedStagePlan('default', 'quick')).toBeUndefined();
    expect(taggedStagePlan('enqueue', 'slow')).toBeUndefined();
  });
});

describe('profile and test users', () => {
  it('reads an empty PROFILE as full', () => {
    expect(parseProfile('')).toBe('full');
    expect(parseProfile(undefined)).toBe('full');
    expect(parseProfile('quick')).toBe('quick');
  });
  it('logs in one test user per VU the scenario can reach, unless TEST_USERS says otherwise', () => {
    expect(testUserCount('enqueue')).toBe(200);
    expect(testUserCount('spike')).toBe(1000);
    expect(testUserCount('spike', '25')).toBe(25);
    expect(() => testUserCount('spike', '0')).toThrow(
      'TEST_USERS is "0": give a whole number of test users, at least 1',
    );
  });
});
