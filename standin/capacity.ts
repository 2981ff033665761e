/**
 * A small server's capacity: requests queue for one of `workers` CPU workers for their CPU time,
 * then for one of `poolSize` database connections for their DB time. Queueing makes latency
 * climb with concurrency the way a t3.micro's does, and the busy counts drive the simulated
 * process CPU and HikariCP pool metrics, so they follow the load deterministically.
 */

export type StandInEndpoint = 'login' | 'enqueue' | 'position' | 'cancel' | 'my' | 'call';

export interface ServiceTime {
  cpuMs: number;
  dbMs: number;
}

export interface CapacityOptions {
  workers: number;
  poolSize: number;
  serviceTimes: Record<StandInEndpoint, ServiceTime>;
}

export type Bottleneck = 'cpu' | 'pool';

/**
 * cpu: one busy worker (~6 ms per enqueue, ~3 ms per position, the recordings' server), a pool
 * of 10 that stays idle. pool: CPU to spare, two connections held 15 ms per query.
 */
export function capacityPreset(bottleneck: Bottleneck): CapacityOptions {
  if (bottleneck === 'pool') {
    const query = (cpuMs: number): ServiceTime => ({ cpuMs, dbMs: 15 });
    return {
      workers: 4,
      poolSize: 2,
      serviceTimes: {
        login: query(1),
        enqueue: query(1),
        position: query(0.5),
        cancel: query(0.5),
        my: query(0.5),
        call: query(1),
      },
    };
  }
  const cpu = (cpuMs: number): ServiceTime => ({ cpuMs, dbMs: 1 });
  return {
    workers: 1,
    poolSize: 10,
    serviceTimes: { login: cpu(4), enqueue: cpu(6), position: cpu(3), cancel: cpu(3), my: cpu(3), call: cpu(4) },
  };
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A counted resource with a FIFO queue, integrating busy time for utilisation. */
export class Resource {
  busy = 0;
  private readonly waiters: Array<() => void> = [];
  private busyMs = 0;
  private lastChange: number;

  constructor(
    readonly size: number,
    private readonly clock: Clock,
  ) {
    this.lastChange = clock.now();
  }

  get pending(): number {
    return this.waiters.length;
  }

  acquire(): Promise<void> {
    if (this.busy < this.size) {
      this.setBusy(this.busy + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next in line: busy stays the same.
    if (next) next();
    else this.setBusy(this.busy - 1);
  }

  /** Busy unit-milliseconds since creation, up to now. */
  busyTimeMs(): number {
    return this.busyMs + this.busy * (this.clock.now() - this.lastChange);
  }

  private setBusy(value: number): void {
    const now = this.clock.now();
    this.busyMs += this.busy * (now - this.lastChange);
    this.lastChange = now;
    this.busy = value;
  }
}

export class CapacityModel {
  readonly cpu: Resource;
  readonly pool: Resource;
  private sample: { at: number; busyMs: number; usage: number };

  constructor(
    readonly options: CapacityOptions,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(options.workers >= 1) || !(options.poolSize >= 1))
      throw new Error('The stand-in needs at least one worker and one pool connection');
    this.cpu = new Resource(options.workers, clock);
    this.pool = new Resource(options.poolSize, clock);
    this.sample = { at: clock.now(), busyMs: 0, usage: 0 };
  }

  /** Serves one request: CPU work on a worker, then its query on a pooled connection. */
  async serve(endpoint: StandInEndpoint): Promise<void> {
    const time = this.options.serviceTimes[endpoint];
    await this.hold(this.cpu, time.cpuMs);
    await this.hold(this.pool, time.dbMs);
  }

  /**
   * Process CPU usage (0..1) since the previous reading: busy worker time over worker time.
   * Readings closer than 250 ms repeat the last value so two scrapers do not see noise.
   */
  cpuUsage(): number {
    const now = this.clock.now();
    const elapsed = now - this.sample.at;
    if (elapsed < 250) return this.sample.usage;
    const busyMs = this.cpu.busyTimeMs();
    const usage = Math.min(1, (busyMs - this.sample.busyMs) / (elapsed * this.cpu.size));
    this.sample = { at: now, busyMs, usage };
    return usage;
  }

  private async hold(resource: Resource, ms: number): Promise<void> {
    if (ms <= 0) return;
    await resource.acquire();
    try {
      await this.clock.sleep(ms);
    } finally {
      resource.release();
    }
  }
}
