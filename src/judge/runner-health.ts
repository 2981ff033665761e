/**
 * Was the load generator itself the bottleneck? k6 measures a request's duration in its own
 * goroutines: when every core of the runner is busy, the time k6 waits for a CPU to read a
 * response is counted as latency. Pure: a recorded trace and a live one go through this same code.
 *
 * The rule: a second is saturated when all-core CPU busy was ≥ 90% and, where the OS shows k6's
 * accounts, k6 was short of CPU: its threads spent at least half of their runnable time waiting
 * for one (k6 ran at under half the speed it asked for), or k6 alone held ≥ 80% of all cores (then
 * its goroutines queue in Go's own scheduler, which the OS does not see). A busy runner alone is
 * not enough: a target on the same machine (the stand-in, a service started with docker compose)
 * keeps the cores busy while k6 still gets the CPU it needs, and only k6's own waiting delays its
 * timings.
 * The runner was saturated when such seconds cover at least 10% of the load phase (and at least
 * 3 sampled seconds). A p95 is decided by the slowest 5% of requests, so once 10% of the load
 * ran on a starved k6 the p95 can come entirely from requests k6 itself delayed; shorter blips
 * (a second of a one-minute run) cannot move it that far.
 */

import type { RunnerReading } from '../k6/runner-sampler.js';

/** When k6 ran, and when its load started (after setup()). */
export interface LoadPhase {
  /** k6 started and exited (wall clock, ms). */
  k6StartMs: number;
  k6EndMs: number;
  /** The load's start by k6's own timestamps (same clock); null when unknown. */
  loadStartMs: number | null;
}

export const SATURATED_BUSY = 0.9;
export const SATURATED_SHARE = 0.1;
export const SATURATED_MIN_SECONDS = 3;
/** Share of k6's runnable time spent waiting for a CPU at which a busy second counts as saturated. */
export const K6_STARVED_WAIT = 0.5;
/** Share of all cores k6 alone used at which a busy second counts as saturated. */
export const K6_OWN_BUSY = 0.8;

/** What the report and outputs say about the load generator. */
export interface LoadGenerator {
  health: RunnerHealth;
  /** k6's "Insufficient VUs" warning, when it printed one. */
  insufficientVus: string | null;
  droppedIterations: number;
}

/** One span of saturated seconds, as offsets from the load's start. */
export interface SaturatedSpan {
  fromMs: number;
  toMs: number;
}

export interface RunnerHealth {
  status: 'ok' | 'overloaded';
  /** Highest all-core busy share of one interval, 0–1; null without two readings. */
  peakCpu: number | null;
  /** Highest share of all cores k6 itself used in one interval; null where the OS does not show it. */
  peakK6Cpu: number | null;
  /** Highest share of k6's runnable time spent waiting for a CPU in one interval; null where unknown. */
  peakK6Wait: number | null;
  /** Highest memory use, 0–1. */
  peakMemory: number | null;
  /** Seconds sampled within the load phase, and how many of them saturated. */
  sampledMs: number;
  saturatedMs: number;
  spans: SaturatedSpan[];
}

interface Interval {
  fromMs: number;
  toMs: number;
  busy: number;
  k6: number | null;
  /** Share of k6's runnable time spent waiting for a CPU; null where the OS does not show it. */
  k6Wait: number | null;
}

/** k6's wait share in the interval; null where the OS does not show it, NaN where the account shrank. */
function waitShare(a: RunnerReading, b: RunnerReading): number | null {
  if (!a.k6Sched || !b.k6Sched) return null;
  const run = b.k6Sched.runNs - a.k6Sched.runNs;
  const wait = b.k6Sched.waitNs - a.k6Sched.waitNs;
  // A thread that exited takes its account with it: a shrinking sum says nothing about the interval.
  if (run < 0 || wait < 0) return Number.NaN;
  return run + wait > 0 ? wait / (run + wait) : 0;
}

function intervals(readings: readonly RunnerReading[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 1; i < readings.length; i++) {
    const a = readings[i - 1] as RunnerReading;
    const b = readings[i] as RunnerReading;
    const total = b.cpu.total - a.cpu.total;
    if (!(total > 0) || b.atMs <= a.atMs) continue;
    const busy = Math.min(1, Math.max(0, (b.cpu.busy - a.cpu.busy) / total));
    const k6 = a.k6Cpu === null || b.k6Cpu === null ? null : Math.min(1, Math.max(0, (b.k6Cpu - a.k6Cpu) / total));
    out.push({ fromMs: a.atMs, toMs: b.atMs, busy, k6, k6Wait: waitShare(a, b) });
  }
  return out;
}

function saturated(i: Interval): boolean {
  if (i.busy < SATURATED_BUSY) return false;
  // Without k6's scheduler account the busy runner is all there is to go by.
  if (i.k6Wait === null) return true;
  return i.k6Wait >= K6_STARVED_WAIT || (i.k6 !== null && i.k6 >= K6_OWN_BUSY);
}

/** Judges a trace of readings over the load phase by the rule above. */
export function assessRunner(readings: readonly RunnerReading[], phase: LoadPhase): RunnerHealth {
  // k6's data and the sampler share the runner's clock; data from another time (a replay) cannot
  // place the load, and then k6's whole run is judged.
  const known = phase.loadStartMs;
  const loadStart = known !== null && known >= phase.k6StartMs && known < phase.k6EndMs ? known : phase.k6StartMs;
  const all = intervals(readings);
  const inLoad = all.filter((i) => i.toMs > loadStart && i.fromMs < phase.k6EndMs);
  let sampledMs = 0;
  let saturatedMs = 0;
  const spans: SaturatedSpan[] = [];
  for (const i of inLoad) {
    if (Number.isNaN(i.k6Wait)) continue;
    const length = Math.min(i.toMs, phase.k6EndMs) - Math.max(i.fromMs, loadStart);
    sampledMs += length;
    if (!saturated(i)) continue;
    saturatedMs += length;
    const fromMs = Math.max(0, i.fromMs - loadStart);
    const toMs = i.toMs - loadStart;
    const last = spans[spans.length - 1];
    // Neighbouring saturated seconds are one span (a sampler tick may land a little late).
    if (last && fromMs - last.toMs <= 1500) last.toMs = toMs;
    else spans.push({ fromMs, toMs });
  }
  const overloaded = saturatedMs >= SATURATED_MIN_SECONDS * 1000 && saturatedMs >= SATURATED_SHARE * sampledMs;
  const peak = (values: Array<number | null>) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : Math.max(...known);
  };
  return {
    status: overloaded ? 'overloaded' : 'ok',
    peakCpu: peak(all.map((i) => i.busy)),
    peakK6Cpu: peak(all.map((i) => i.k6)),
    peakK6Wait: peak(all.map((i) => (Number.isNaN(i.k6Wait) ? null : i.k6Wait))),
    peakMemory: peak(readings.map((r) => (r.memory.total > 0 ? r.memory.used / r.memory.total : null))),
    sampledMs,
    saturatedMs,
    spans,
  };
}

/** "0:18 to 0:49", "0:18 to 0:25 and 0:40 to 0:49": offsets from the load's start. */
export function describeSpans(spans: readonly SaturatedSpan[]): string {
  const clock = (ms: number) => {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const parts = spans.map((s) => `${clock(s.fromMs)} to ${clock(s.toMs)}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The sentence a saturated run opens with. */
export function saturationSentence(health: RunnerHealth): string {
  const when = health.spans.length > 0 ? ` from ${describeSpans(health.spans)}` : '';
  return `the runner's CPU was saturated${when}; latency includes time k6 queued itself`;
}
