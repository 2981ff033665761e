import { Gauge, Registry, Summary } from 'prom-client';
import type { CapacityModel } from './capacity.js';
import type { GcPause, SimulatedHeap } from './jvm.js';

/** What the registry reads at scrape time. */
export interface MetricSources {
  capacity: CapacityModel;
  heap: SimulatedHeap;
  liveWaiting: () => number;
  startedAtMs: number;
  now: () => number;
}

export interface ServedRequest {
  method: string;
  /** The route template, as Spring names it: /api/v1/waitings/booth/{boothId}. */
  uri: string;
  status: number;
  seconds: number;
}

const POOL = { pool: 'HikariPool-1' };
/** The share of the host's CPU the rest of the system uses besides the app. */
const SYSTEM_CPU_BASE = 0.03;

/**
 * /actuator/prometheus as Spring Boot's Micrometer names it, one registry per stand-in so
 * several servers (tests) never share counters.
 */
export class StandInMetrics {
  readonly registry = new Registry();
  private readonly requests: Summary<'method' | 'uri' | 'status' | 'outcome' | 'exception' | 'error'>;
  private readonly gcPause: Summary<'action' | 'cause'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    const { capacity, heap } = sources;
    this.requests = new Summary({
      name: 'http_server_requests_seconds',
      help: 'Duration of HTTP server request handling',
      labelNames: ['method', 'uri', 'status', 'outcome', 'exception', 'error'],
      percentiles: [],
      registers,
    });
    this.gcPause = new Summary({
      name: 'jvm_gc_pause_seconds',
      help: 'Time spent in GC pause',
      labelNames: ['action', 'cause'],
      percentiles: [],
      registers,
    });

    let cpuUsage = 0;
    new Gauge({
      name: 'process_cpu_usage',
      help: 'The "recent cpu usage" for the Java Virtual Machine process',
      registers,
      collect() {
        cpuUsage = capacity.cpuUsage();
        this.set(cpuUsage);
      },
    });
    new Gauge({
      name: 'system_cpu_usage',
      help: 'The "recent cpu usage" of the system the application is running in',
      registers,
      collect() {
        this.set(Math.min(1, SYSTEM_CPU_BASE + cpuUsage * (1 - SYSTEM_CPU_BASE)));
      },
    });
    new Gauge({
      name: 'process_uptime_seconds',
      help: 'The uptime of the Java virtual machine',
      registers,
      collect() {
        this.set((sources.now() - sources.startedAtMs) / 1000);
      },
    });

    const poolGauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers,
        collect() {
          this.set(POOL, read());
        },
      });
    poolGauge('hikaricp_connections_active', 'Active connections', () => capacity.pool.busy);
    poolGauge('hikaricp_connections_idle', 'Idle connections', () => capacity.pool.size - capacity.pool.busy);
    poolGauge('hikaricp_connections_pending', 'Pending threads', () => capacity.pool.pending);
    poolGauge('hikaricp_connections_max', 'Max connections', () => capacity.pool.size);
    poolGauge('hikaricp_connections', 'Total connections', () => capacity.pool.size);

    const memoryGauge = (name: string, help: string, pick: 'usedBytes' | 'maxBytes') =>
      new Gauge({
        name,
        help,
        labelNames: ['area', 'id'],
        registers,
        collect() {
          for (const space of heap.spaces(sources.liveWaiting())) this.set({ area: 'heap', id: space.id }, space[pick]);
        },
      });
    memoryGauge('jvm_memory_used_bytes', 'The amount of used memory', 'usedBytes');
    memoryGauge(
      'jvm_memory_max_bytes',
      'The maximum amount of memory in bytes that can be used for memory management',
      'maxBytes',
    );
  }

  recordRequest(request: ServedRequest): void {
    const outcome = request.status >= 500 ? 'SERVER_ERROR' : request.status >= 400 ? 'CLIENT_ERROR' : 'SUCCESS';
    this.requests.observe(
      {
        method: request.method,
        uri: request.uri,
        status: String(request.status),
        outcome,
        exception: 'none',
        error: 'none',
      },
      request.seconds,
    );
  }

  recordGcPause(pause: GcPause): void {
    this.gcPause.observe({ action: pause.action, cause: pause.cause }, pause.seconds);
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
