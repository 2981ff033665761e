/**
 * A quick-profile run judged without a `profile` input: the requests' own tags give the
 * scenario, the profile and the stage windows. The file is derived from enqueue-full (see
 * test/support/quick-recording.ts): no quick-profile recording exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { settleProfile } from '../../src/config/profile-check.js';
import { analyzeText } from '../support/analyze-text.js';
import type { RunResult } from '../../src/results/types.js';
import { stagePlanFor, taggedStagePlan } from '../../scenarios/lib/options.js';
import { analyzeRecording } from '../support/recordings.js';
import { quickRunFromEnqueueFull } from '../support/quick-recording.js';

describe('a quick-profile run judged without a profile input', () => {
  let text: string;
  let quick: RunResult;
  let full: RunResult;
  beforeAll(async () => {
    text = quickRunFromEnqueueFull();
    // What main.ts passes when the profile input is empty: the default plan, and the bundled plans by tag.
    quick = analyzeText(text, 'quick.ndjson', { stagePlan: stagePlanFor('enqueue', 'full'), planOf: taggedStagePlan });
    full = await analyzeRecording('enqueue-full');
  });

  it('learns the scenario and profile from the tags, and takes the stages from them', () => {
    expect(quick.described).toEqual({
      scenario: 'enqueue',
      profile: 'quick',
      planFrom: 'tags',
      windowsFrom: 'requests',
    });
    expect(settleProfile({ profile: 'full', profileGiven: false }, quick.described)).toBe('quick');
    expect(quick.stages.map((s) => s.stage.label)).toEqual(['VU 10', 'VU 50', 'VU 100', 'VU 200', 'ramp-down']);
  });

  it("gives each stage the window its requests ran in: the quick plan's, not full's five times longer", () => {
    const planned = stagePlanFor('enqueue', 'quick').stages;
    let startMs = 0;
    quick.stages.forEach((s, i) => {
      const plannedMs = (planned[i] as { durationMs: number }).durationMs;
      // Tagged by when they ended, so a window opens at most one request's length before its stage.
      expect(s.stage.startMs).toBeGreaterThanOrEqual(startMs - 100);
      expect(s.stage.startMs).toBeLessThan(startMs + 1_000);
      // The last stage also holds the graceful stop's requests.
      expect(s.stage.endMs).toBeLessThanOrEqual(startMs + plannedMs + (i === planned.length - 1 ? 2_000 : 100));
      startMs += plannedMs;
    });
  });

  it("counts each stage's TPS as its requests over its window: the full run's rates", () => {
    for (const s of quick.stages) {
      expect(s.rps).toBeCloseTo(s.requests / ((s.stage.endMs - s.stage.startMs) / 1000), 9);
    }
    // One request in five over a fifth of the time: the same rate as the full run in each loaded stage.
    const loaded = [0, 1, 2, 3];
    for (const i of loaded) {
      const ratio = (quick.stages[i]?.rps ?? 0) / (full.stages[i]?.rps ?? 1);
      expect(ratio).toBeGreaterThan(0.85);
      expect(ratio).toBeLessThan(1.15);
    }
    // Read with full's plan windows (the old way), the first stage's 30 s held the quick run's first three stages.
    const misread = analyzeText(text.replace(/,"stage":"\d"/g, ''), 'quick.ndjson', {
      stagePlan: stagePlanFor('enqueue', 'full'),
    });
    expect(misread.stages[0]?.stage.endMs).toBe(30_000);
    expect(misread.stages[0]?.requests ?? 0).toBeGreaterThan(3 * (quick.stages[0]?.requests ?? 0));
  });

  it('shows no stage faster than the chart for the same seconds', () => {
    const { bucketMs, buckets } = quick.timeSeries;
    for (const s of quick.stages) {
      // Every bucket wholly or partly inside the window: the chart's requests over those buckets' time.
      const touched = buckets.filter((b) => b.offsetMs + bucketMs > s.stage.startMs && b.offsetMs < s.stage.endMs);
      const chartRequests = touched.reduce((sum, b) => sum + (b.rps * bucketMs) / 1000, 0);
      expect(s.requests).toBeLessThanOrEqual(Math.round(chartRequests));
    }
  });

  it('refuses a profile input the tags contradict', () => {
    expect(() => settleProfile({ profile: 'full', profileGiven: true }, quick.described)).toThrow(
      /^Input 'profile': is "full", but the results' requests are tagged profile "quick"/,
    );
  });

  it('falls back to the plan given, and says so, for a run without a profile tag (the recordings)', () => {
    expect(full.described).toEqual({ scenario: 'default', profile: null, planFrom: 'given', windowsFrom: 'plan' });
  });
});
