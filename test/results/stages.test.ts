/** Stage windows: from the `stage` tag when the script sets it, else from a StagePlan and the scenario's start. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyze-text.js';
import { planWindows } from '../../src/results/stages.js';
import type { StagePlan } from '../../src/results/types.js';
import { at, k6File, point, request, vus } from './k6-lines.js';

const PLAN: StagePlan = {
  unit: 'vus',
  start: 0,
  stages: [
    { durationMs: 10_000, target: 10 },
    { durationMs: 10_000, target: 50 },
  ],
};

/** Setup at 0-1 s (no scenario tag), then the scenario from 2 s. */
const run = k6File([
  ...request({ offsetMs: 0, duration: 100, group: '::setup', name: 'login', method: 'POST' }),
  ...request({ offsetMs: 2_000, duration: 1 }),
  vus(3_000, 4),
  ...request({ offsetMs: 11_999, duration: 2, status: 500 }),
  vus(12_500, 30),
  ...request({ offsetMs: 12_000, duration: 3 }),
  ...request({ offsetMs: 21_000, duration: 4 }),
  // Graceful stop: after the last stage's end (2 s + 20 s).
  ...request({ offsetMs: 23_000, duration: 5 }),
  ...request({ offsetMs: 24_000, duration: 50, group: '::teardown', name: 'cancel', method: 'DELETE' }),
]);

describe('stages from a StagePlan', () => {
  const result = analyzeText(run, 'x', { stagePlan: PLAN });

  it('starts the windows at the first scenario sample, not at setup', () => {
    expect(result.stages.map((s) => [s.stage.label, s.stage.startMs, s.stage.endMs])).toEqual([
      ['VU 10', 0, 10_000],
      // Stretched to the graceful-stop request at 21 s after the scenario's start.
      ['VU 50', 10_000, 21_000],
    ]);
  });

  it('puts each load request in its window, graceful stop in the last, setup and teardown in none', () => {
    expect(result.stages.map((s) => [s.requests, s.failed, s.duration?.max])).toEqual([
      [2, 1, 2],
      [3, 0, 5],
    ]);
    expect(result.stages[0]?.errorRate).toBe(0.5);
    expect(result.stages[0]?.rps).toBe(0.2);
  });

  it('takes the most VUs read in each window', () => {
    expect(result.stages.map((s) => s.maxVus)).toEqual([4, 30]);
  });
});

describe('stages from the stage tag', () => {
  const tagged = k6File([
    ...request({ offsetMs: 0, duration: 1, tags: { stage: '0' } }),
    ...request({ offsetMs: 1_000, duration: 2, tags: { stage: '1' } }),
    // The tag wins over the time: late but still tagged 0.
    ...request({ offsetMs: 15_000, duration: 3, tags: { stage: '0' } }),
    vus(500, 7),
  ]);

  it('uses the tag, the plan for labels, and the requests for windows: a partition from each stage’s first start', () => {
    const result = analyzeText(tagged, 'x', { stagePlan: PLAN });
    expect(result.stages.map((s) => [s.stage.label, s.stage.startMs, s.stage.endMs, s.requests])).toEqual([
      // The first request ended at the load's start after 1 ms: its start is clamped to 0:00.
      // The stage ends where the next one's first request started (998 ms), not at its own late request.
      ['VU 10', 0, 998, 2],
      // From its first request's start to the last request's end: the windows never overlap.
      ['VU 50', 998, 15_000, 1],
    ]);
    expect(result.described.windowsFrom).toBe('requests');
    // TPS: the requests completed inside the window (whichever stage sent them) over its length.
    expect(result.stages.map((s) => s.rps)).toEqual([1 / 0.998, 2 / 14.002]);
  });

  it('without a plan, sizes each stage by its own requests', () => {
    const result = analyzeText(tagged, 'x');
    expect(result.stages.map((s) => [s.stage.label, s.stage.startMs, s.stage.endMs, s.requests, s.maxVus])).toEqual([
      ['stage 1', 0, 998, 2, 7],
      ['stage 2', 998, 15_000, 1, 7],
    ]);
  });
});

it('gives no stages without a plan or a stage tag', () => {
  expect(analyzeText(run, 'x').stages).toEqual([]);
});

describe("the scenario's start", () => {
  /** setup()'s iteration_duration sample, which k6 writes as setup() returns. */
  const setupEnd = (offsetMs: number): string =>
    point('iteration_duration', at(offsetMs), offsetMs, { group: '::setup' });
  const withSetupEnd = k6File([
    ...request({ offsetMs: 0, duration: 100, group: '::setup', name: 'login', method: 'POST' }),
    setupEnd(1_500),
    // An iteration's own sample: not setup's, so not the start.
    point('iteration_duration', at(2_500), 900, { group: '', scenario: 'default' }),
    ...request({ offsetMs: 2_000, duration: 1 }),
    ...request({ offsetMs: 11_600, duration: 2 }),
  ]);

  it("is the end of setup() when k6 wrote setup's sample: the first request ends later", () => {
    const result = analyzeText(withSetupEnd, 'x', { stagePlan: PLAN });
    expect(result.scenarioStartTime).toBe(at(1_500));
    // Counted from 1.5 s, the request at 11.6 s is in the second stage (from the first request it would be in the first).
    expect(result.stages.map((s) => s.requests)).toEqual([1, 1]);
  });

  it('is read the same from lines of another key order (the JSON.parse path)', () => {
    const reordered = withSetupEnd.replace(
      point('iteration_duration', at(1_500), 1_500, { group: '::setup' }),
      `{"type":"Point","metric":"iteration_duration","data":{"tags":{"group":"::setup"},"value":1500,"time":"${at(1_500)}"}}`,
    );
    expect(reordered).not.toBe(withSetupEnd);
    expect(analyzeText(reordered, 'x').scenarioStartTime).toBe(at(1_500));
  });

  it("is the first scenario request without setup's sample, the first sample without either", () => {
    expect(analyzeText(run, 'x').scenarioStartTime).toBe(at(2_000));
    expect(
      analyzeText(k6File([vus(700, 0), ...request({ offsetMs: 900, duration: 5, group: '::setup' })]), 'x')
        .scenarioStartTime,
    ).toBe(at(700));
  });

  it('ignores a nested group inside setup()', () => {
    const nested = k6File([
      point('iteration_duration', at(500), 1, { group: '::setup::login' }),
      ...request({ offsetMs: 2_000, duration: 1 }),
    ]);
    expect(analyzeText(nested, 'x').scenarioStartTime).toBe(at(2_000));
  });
});

it('gives no stages when the load made no request (setup() failed and the iterations ran empty)', () => {
  const setupOnly = k6File([
    ...request({
      offsetMs: 0,
      duration: 0,
      status: 0,
      group: '::setup',
      name: 'login',
      method: 'POST',
      tags: { error_code: '1212' },
    }),
    point('iteration_duration', at(1_000), 1_000, { group: '::setup' }),
    vus(2_000, 1),
  ]);
  const result = analyzeText(setupOnly, 'x', { stagePlan: PLAN });
  expect(result.stages).toEqual([]);
  expect(result.scenarioStartTime).toBe(at(1_000));
});

describe('stage labels', () => {
  it('names a later stage down to 0 the ramp-down, not a load level "VU 0"', () => {
    const plan = (unit: StagePlan['unit'], targets: number[]): StagePlan => ({
      unit,
      start: 0,
      stages: targets.map((target) => ({ durationMs: 1_000, target })),
    });
    expect(planWindows(plan('vus', [0, 10, 0])).map((w) => w.label)).toEqual(['VU 0', 'VU 10', 'ramp-down']);
    expect(planWindows(plan('iterations/s', [10, 500, 0])).map((w) => w.label)).toEqual(['10/s', '500/s', 'ramp-down']);
  });
});
