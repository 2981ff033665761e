/**
 * The load generator checks itself: the sampler's readings and the saturation rule, on a CPU
 * trace recorded on this machine (test/support/record-cpu-trace.ts) replayed through the same
 * sampler a live run uses, and on traces built to sit either side of the rule.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assessRunner, saturationSentence } from '../../src/judge/runner-health.js';
import { parseSchedstat, type RunnerReading } from '../../src/k6/runner-sampler.js';
import { findInsufficientVus } from '../../src/k6/run.js';
import {
  parseProcessStat,
  parseProcStat,
  startSampler,
  type RunnerReader,
  type SamplerClock,
} from '../../src/k6/runner-sampler.js';
import { REPO_ROOT } from '../support/action-runner.js';
import { RECORDINGS } from '../support/recordings.js';

interface RecordedTrace {
  cores: number;
  k6StartMs: number;
  k6EndMs: number;
  burnStartMs: number;
  burnEndMs: number;
  readings: RunnerReading[];
}
const trace = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/runner/cpu-trace-burn.json'), 'utf8'),
) as RecordedTrace;

/** Plays recorded readings back as a reader and a clock: one reading per sampler call. */
function replay(readings: readonly RunnerReading[]): { reader: RunnerReader; clock: SamplerClock; tick: () => void } {
  let i = 0;
  let tick: () => void = () => {};
  const current = () => readings[Math.min(i, readings.length - 1)] as RunnerReading;
  return {
    reader: {
      cpu: () => current().cpu,
      processCpu: () => current().k6Cpu,
      memory: () => current().memory,
    },
    clock: {
      now: () => current().atMs,
      every: (_ms, onTick) => {
        tick = onTick;
        // The sampler's last reading, taken on stop, is the recording's last.
        return { stop: () => i++ };
      },
    },
    tick: () => {
      i++;
      tick();
    },
  };
}

describe('the runner sampler and the saturation rule', () => {
  it('a recorded trace replayed through the sampler gives the same readings and is judged overloaded', () => {
    const { reader, clock, tick } = replay(trace.readings);
    const sampler = startSampler(reader, clock);
    sampler.watch(4242);
    for (let n = 1; n < trace.readings.length - 1; n++) tick();
    const readings = sampler.stop();
    expect(readings).toEqual(trace.readings);

    const health = assessRunner(readings, { k6StartMs: trace.k6StartMs, k6EndMs: trace.k6EndMs, loadStartMs: null });
    // This 2-core machine was busy with other work too: saturated from the first second to the last.
    expect(health.status).toBe('overloaded');
    expect(health.peakCpu).toBe(1);
    expect(health.spans).toEqual([{ fromMs: 0, toMs: expect.any(Number) }]);
    expect(saturationSentence(health)).toBe(
      "the runner's CPU was saturated from 0:00 to 0:13; latency includes time k6 queued itself",
    );
    // The watched process's own CPU peaks while its workers burnt every core.
    const k6Shares = readings.slice(1).map((r, n) => {
      const before = readings[n] as RunnerReading;
      const share =
        r.k6Cpu === null || before.k6Cpu === null ? 0 : (r.k6Cpu - before.k6Cpu) / (r.cpu.total - before.cpu.total);
      return { share, atMs: r.atMs };
    });
    const peak = k6Shares.reduce((a, b) => (b.share > a.share ? b : a));
    expect(health.peakK6Cpu).toBe(peak.share);
    expect(peak.atMs).toBeGreaterThan(trace.burnStartMs);
    expect(peak.atMs).toBeLessThanOrEqual(trace.burnEndMs + 1100);
  });

  /** A trace of one reading a second: `busy` lists each second's all-core busy share. */
  function synthetic(busy: number[]): RunnerReading[] {
    const readings: RunnerReading[] = [
      { atMs: 0, cpu: { busy: 0, total: 0 }, k6Cpu: 0, memory: { used: 1, total: 4 } },
    ];
    for (const share of busy) {
      const last = readings[readings.length - 1] as RunnerReading;
      readings.push({
        atMs: last.atMs + 1000,
        cpu: { busy: last.cpu.busy + share * 200, total: last.cpu.total + 200 },
        k6Cpu: (last.k6Cpu ?? 0) + 20,
        memory: { used: 2, total: 4 },
      });
    }
    return readings;
  }
  const phase = (seconds: number, loadStartMs: number | null = null) => ({
    k6StartMs: 0,
    k6EndMs: seconds * 1000,
    loadStartMs,
  });

  it('is ok at 5 saturated seconds of a 60-second load and overloaded at 6 (10%)', () => {
    const run = (saturated: number) =>
      synthetic([...Array(20).fill(0.3), ...Array(saturated).fill(0.95), ...Array(40 - saturated).fill(0.3)]);
    expect(assessRunner(run(5), phase(60)).status).toBe('ok');
    const six = assessRunner(run(6), phase(60));
    expect(six).toMatchObject({ status: 'overloaded', saturatedMs: 6000, sampledMs: 60000, peakCpu: 0.95 });
    expect(six.peakK6Cpu).toBe(0.1);
    expect(six.peakMemory).toBe(0.5);
    expect(saturationSentence(six)).toContain('saturated from 0:20 to 0:26;');
  });

  it('needs 3 saturated seconds however short the run, and 89% busy is not saturated', () => {
    expect(assessRunner(synthetic([0.95, 0.95, 0.3, 0.3]), phase(4)).status).toBe('ok');
    expect(assessRunner(synthetic([0.95, 0.95, 0.95, 0.3]), phase(4)).status).toBe('overloaded');
    expect(assessRunner(synthetic(Array(10).fill(0.89)), phase(10)).status).toBe('ok');
  });

  /** Like synthetic(), with k6's scheduler account: `wait` is each second's share of k6's runnable time spent waiting. */
  function withSchedule(busy: number[], wait: number[]): RunnerReading[] {
    const readings = synthetic(busy);
    let runNs = 0;
    let waitNs = 0;
    readings[0] = { ...(readings[0] as RunnerReading), k6Sched: { runNs, waitNs } };
    for (let n = 1; n < readings.length; n++) {
      const share = wait[n - 1] ?? 0;
      runNs += (1 - share) * 1e9;
      waitNs += share * 1e9;
      readings[n] = { ...(readings[n] as RunnerReading), k6Sched: { runNs, waitNs } };
    }
    return readings;
  }

  it('does not call a busy runner saturated while k6 itself gets the CPU it asks for (a target on the same machine)', () => {
    const busyAllAlong = Array(60).fill(1);
    const served = assessRunner(withSchedule(busyAllAlong, Array(60).fill(0.3)), phase(60));
    expect(served.status).toBe('ok');
    expect(served.peakK6Wait).toBeCloseTo(0.3, 6);
    // The same busy runner where k6 waited over half its time for 6 of the 60 seconds is saturated.
    const starved = assessRunner(
      withSchedule(busyAllAlong, [...Array(30).fill(0.3), ...Array(6).fill(0.6), ...Array(24).fill(0.3)]),
      phase(60),
    );
    expect(starved).toMatchObject({ status: 'overloaded', saturatedMs: 6000, spans: [{ fromMs: 30000, toMs: 36000 }] });
    expect(saturationSentence(starved)).toBe(
      "the runner's CPU was saturated from 0:30 to 0:36; latency includes time k6 queued itself",
    );
    // k6 holding the cores itself is saturated too: its goroutines then queue in Go's scheduler.
    const own = withSchedule(busyAllAlong, Array(60).fill(0.1)).map((r, n) => ({ ...r, k6Cpu: n * 170 }));
    expect(assessRunner(own, phase(60))).toMatchObject({ status: 'overloaded', peakK6Cpu: 0.85 });
    // k6 starved on an idle runner cannot happen; an idle second is never saturated whatever the account says.
    expect(assessRunner(withSchedule(Array(60).fill(0.5), Array(60).fill(0.9)), phase(60)).status).toBe('ok');
  });

  it('ignores an interval where a thread exited and took its account with it', () => {
    const readings = withSchedule(Array(10).fill(1), Array(10).fill(0.9));
    // Reading 5's sums shrink (a thread exited): the interval before it says nothing and is left
    // out; the one after it spans the whole account so far, still 90% waiting.
    const fifth = readings[5] as RunnerReading;
    readings[5] = { ...fifth, k6Sched: { runNs: 0, waitNs: 0 } };
    const health = assessRunner(readings, phase(10));
    expect(health.peakK6Wait).toBeCloseTo(0.9, 6);
    expect(health).toMatchObject({ sampledMs: 9000, saturatedMs: 9000 });
  });

  it('reads a thread schedstat line', () => {
    expect(parseSchedstat('8600397 57050040 13\n')).toEqual({ runNs: 8600397, waitNs: 57050040 });
    expect(parseSchedstat('')).toBeNull();
    expect(parseSchedstat('x y z')).toBeNull();
  });

  it('leaves setup() out and counts times from the load start', () => {
    // 10 busy seconds of logins, then 50 calm seconds of load.
    const readings = synthetic([...Array(10).fill(1), ...Array(50).fill(0.2)]);
    expect(assessRunner(readings, phase(60, 10_000)).status).toBe('ok');
    const late = assessRunner(
      synthetic([...Array(10).fill(0.2), ...Array(10).fill(1), ...Array(40).fill(0.2)]),
      phase(60, 5000),
    );
    expect(late.spans).toEqual([{ fromMs: 5000, toMs: 15000 }]);
  });

  it('reads /proc/stat and /proc/<pid>/stat as Linux writes them', () => {
    expect(parseProcStat('cpu  4705 356 584 3699 23 0 23 5 0 0\ncpu0 1 2 3 4\n')).toEqual({
      busy: 4705 + 356 + 584 + 23 + 5,
      total: 4705 + 356 + 584 + 23 + 5 + 3699 + 23,
    });
    // The command name may hold spaces and parentheses: fields count from the last ')'.
    const stat = '4242 (k6 (run)) S 1 4242 4242 0 -1 4194560 1603 0 0 0 317 45 0 0 20 0 12 0 5038 1 2';
    expect(parseProcessStat(stat)).toBe(317 + 45);
    expect(parseProcStat('intr 1 2')).toBeNull();
  });

  it("finds k6's Insufficient VUs warning in the recorded spike run's log", () => {
    const stderr = gunzipSync(readFileSync(path.join(RECORDINGS, 'spike-full/stderr.txt.gz'))).toString('utf8');
    expect(findInsufficientVus(stderr)).toBe('Insufficient VUs, reached 1000 active VUs and cannot initialize more');
    const enqueue = gunzipSync(readFileSync(path.join(RECORDINGS, 'enqueue-full/stderr.txt.gz'))).toString('utf8');
    expect(findInsufficientVus(enqueue)).toBeNull();
  });
});
