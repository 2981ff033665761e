/**
 * Samples the runner once a second while k6 runs: all-core CPU, k6's own CPU and the time its
 * threads waited for a CPU, memory. The
 * reader and the clock are injected, so a recorded trace replays through the same sampler and
 * the same assessment (judge/runner-health.ts) as a live run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** One raw reading of the runner, as the sampler takes it every second. */
export interface RunnerReading {
  /** Wall clock, ms since the epoch. */
  atMs: number;
  /** Cumulative CPU time of all cores: busy and total, in any one unit (ticks or ms). */
  cpu: { busy: number; total: number };
  /** Cumulative CPU time of the k6 process in the same unit as `cpu`; null where the OS does not show it. */
  k6Cpu: number | null;
  /**
   * Cumulative time all of k6's threads ran on a CPU and waited in the run queue for one (ns,
   * /proc/<pid>/task/<tid>/schedstat); absent where the OS does not show it.
   */
  k6Sched?: K6Schedule;
  /** Memory in bytes. */
  memory: { used: number; total: number };
}

/** A process's scheduler account: time on a CPU and time runnable but waiting for one. */
export interface K6Schedule {
  runNs: number;
  waitNs: number;
}

export interface RunnerReader {
  cpu(): { busy: number; total: number };
  /** Cumulative CPU of a process in cpu()'s unit; null where the OS does not show it. */
  processCpu(pid: number): number | null;
  /** The scheduler account of all of a process's threads; null where the OS does not show it. */
  processSchedule?(pid: number): K6Schedule | null;
  memory(): { used: number; total: number };
}

export interface SamplerClock {
  now(): number;
  every(ms: number, tick: () => void): { stop(): void };
}

export const liveClock: SamplerClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    // The sampler never keeps the process alive on its own.
    timer.unref();
    return { stop: () => clearInterval(timer) };
  },
};

export interface RunnerSampler {
  /** Samples this process's CPU too, from now on (k6's pid, once it is spawned). */
  watch(pid: number): void;
  /** Takes a last reading and returns the trace. */
  stop(): RunnerReading[];
}

export function startSampler(reader: RunnerReader, clock: SamplerClock = liveClock, everyMs = 1000): RunnerSampler {
  const readings: RunnerReading[] = [];
  let pid: number | null = null;
  const take = () => {
    try {
      const sched = pid === null ? null : (reader.processSchedule?.(pid) ?? null);
      readings.push({
        atMs: clock.now(),
        cpu: reader.cpu(),
        k6Cpu: pid === null ? null : reader.processCpu(pid),
        ...(sched ? { k6Sched: sched } : {}),
        memory: reader.memory(),
      });
    } catch {
      // A reading the OS refused is a gap in the trace, not a reason to stop the run.
    }
  };
  take();
  const timer = clock.every(everyMs, take);
  return {
    watch: (watched) => {
      pid = watched;
    },
    stop: () => {
      timer.stop();
      take();
      return readings;
    },
  };
}

/** /proc/stat's first line: user nice system idle iowait irq softirq steal …, in clock ticks. */
export function parseProcStat(text: string): { busy: number; total: number } | null {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  if ([user, nice, system, idle].some((v) => v === undefined || !Number.isFinite(v))) return null;
  const idleAll = (idle as number) + iowait;
  const busy = (user as number) + (nice as number) + (system as number) + irq + softirq + steal;
  return { busy, total: busy + idleAll };
}

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, counted after the parenthesised name). */
export function parseProcessStat(text: string): number | null {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

/** /proc/<pid>/task/<tid>/schedstat: "time on CPU (ns) time waiting on a run queue (ns) timeslices". */
export function parseSchedstat(text: string): K6Schedule | null {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  return run !== undefined && wait !== undefined && Number.isFinite(run) && Number.isFinite(wait)
    ? { runNs: run, waitNs: wait }
    : null;
}

/**
 * Sums every thread's account: k6 is a Go program whose goroutines run on many threads, and the
 * process-level file covers the main thread only.
 */
function processSchedule(pid: number): K6Schedule | null {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  const total = { runNs: 0, waitNs: 0 };
  let read = 0;
  for (const tid of tasks) {
    try {
      const one = parseSchedstat(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'));
      if (!one) continue;
      total.runNs += one.runNs;
      total.waitNs += one.waitNs;
      read++;
    } catch {
      // A thread that exited between the listing and the read.
    }
  }
  return read > 0 ? total : null;
}

function cpusTotals(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    total += times.user + times.nice + times.sys + times.irq + times.idle;
  }
  return { busy, total };
}

export function liveReader(): RunnerReader {
  const proc = (() => {
    try {
      return parseProcStat(readFileSync('/proc/stat', 'utf8')) !== null;
    } catch {
      return false;
    }
  })();
  return {
    cpu: () => (proc ? parseProcStat(readFileSync('/proc/stat', 'utf8')) : null) ?? cpusTotals(),
    // Clock ticks, like /proc/stat: only comparable where /proc is what cpu() reads.
    processCpu: (pid) => {
      if (!proc) return null;
      try {
        return parseProcessStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return null;
      }
    },
    processSchedule: (pid) => (proc ? processSchedule(pid) : null),
    memory: () => ({ used: os.totalmem() - os.freemem(), total: os.totalmem() }),
  };
}
