/**
 * Runner health on traces of real runs (test/support/record-runner-trace.ts: a real k6 v0.49
 * driving the quick enqueue scenario against the stand-in on the same 2-core machine). The
 * stand-in shares the cores with k6, as a target started next to the gate with docker compose
 * does; only the run with higher-priority busy loops starved k6 of CPU.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assessRunner } from '../../src/judge/runner-health.js';
import type { RunnerReading } from '../../src/k6/runner-sampler.js';
import { REPO_ROOT } from '../support/action-runner.js';

interface RecordedTrace {
  k6StartMs: number;
  k6EndMs: number;
  hogStartMs: number | null;
  readings: RunnerReading[];
}

function trace(name: string): RecordedTrace {
  const file = path.join(REPO_ROOT, 'test/fixtures/runner', `${name}.json.gz`);
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as RecordedTrace;
}

const judge = (t: RecordedTrace) =>
  assessRunner(t.readings, { k6StartMs: t.k6StartMs, k6EndMs: t.k6EndMs, loadStartMs: null });

describe('runner health on real runs', () => {
  it('a healthy run with the target on the same machine is ok, and k6 waits far less than when starved', () => {
    const health = judge(trace('k6-quick-healthy'));
    expect(health.status).toBe('ok');
    expect(health.saturatedMs).toBe(0);
    // Go's threads wait a little for a core even on a quiet machine (peak 51% here, 92% starved).
    expect(health.peakK6Wait).toBeLessThan(0.6);
    expect(health.peakK6Wait as number).toBeLessThan((judge(trace('k6-quick-hog')).peakK6Wait as number) - 0.2);
  });

  it("the same run with two nice -n -10 busy loops for 25 s is overloaded, within the loops' time", () => {
    const hogged = trace('k6-quick-hog');
    const health = judge(hogged);
    expect(health.status).toBe('overloaded');
    expect(health.peakK6Wait).toBeGreaterThanOrEqual(0.5);
    const hogFrom = (hogged.hogStartMs as number) - hogged.k6StartMs;
    // Every saturated span lies in the 25 s the loops ran (a second's slack for the sampler's tick).
    for (const span of health.spans) {
      expect(span.fromMs).toBeGreaterThanOrEqual(hogFrom - 1000);
      expect(span.toMs).toBeLessThanOrEqual(hogFrom + 26_000);
    }
    expect(health.saturatedMs).toBeGreaterThanOrEqual(10_000);
  });
});
