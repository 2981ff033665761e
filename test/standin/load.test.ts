import { afterEach, describe, expect, it } from 'vitest';
import { errorInjector, startStandIn, type StandIn } from '../../standin/server.js';
import { parsePrometheusText, sampleValue } from './prometheus-text.js';

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

async function timedEnqueue(server: StandIn, token: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/v1/waitings`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ boothId: 1 }),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

async function scrape(server: StandIn) {
  const res = await fetch(`${server.url}/actuator/prometheus`);
  return { contentType: res.headers.get('content-type'), ...parsePrometheusText(await res.text()) };
}

describe('the stand-in under load', () => {
  it('makes concurrent requests wait for its one worker: the slowest of 20 waits for the 19 before it', async () => {
    const server = (standIn = await startStandIn({ workers: 1, serviceTimes: { enqueue: { cpuMs: 20, dbMs: 0 } } }));
    const tokens = Array.from({ length: 20 }, (_, i) => server.issueToken(`load-${i}@perf-gate.test`));
    const results = await Promise.all(tokens.map((token) => timedEnqueue(server, token)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    // A lower bound the single worker guarantees (never a speed requirement on this machine).
    expect(Math.max(...results.map((r) => r.ms))).toBeGreaterThanOrEqual(19 * 20);
  });

  it('adds the asked latency to every call', async () => {
    const server = (standIn = await startStandIn({ latencyMs: 150 }));
    expect((await timedEnqueue(server, server.issueToken())).ms).toBeGreaterThanOrEqual(149);
  });

  it('injects errors at the asked rate and status, to authenticated calls only', async () => {
    const server = (standIn = await startStandIn({
      errorRate: 0.2,
      errorStatus: 503,
      serviceTimes: { enqueue: { cpuMs: 0, dbMs: 0 } },
    }));
    const token = server.issueToken();
    const statuses: number[] = [];
    for (let i = 0; i < 400; i++) statuses.push((await timedEnqueue(server, token)).status);
    const failed = statuses.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThanOrEqual(60);
    expect(failed).toBeLessThanOrEqual(100);
    expect(statuses.filter((s) => s !== 503 && s !== 200 && s !== 201)).toEqual([]);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'x@perf-gate.test' }),
    });
    expect(login.status).toBe(200);
  });

  it('draws injected errors from a seeded sequence: the same seed fails the same calls', () => {
    const draw = (seed: number) => Array.from({ length: 10_000 }, errorInjector(0.05, seed));
    const first = draw(7);
    expect(draw(7)).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(400);
    expect(first.filter(Boolean).length).toBeLessThan(600);
    expect(Array.from({ length: 100 }, errorInjector(0, 1)).some(Boolean)).toBe(false);
  });

  it('refuses knobs that make no sense, saying what to give', async () => {
    await expect(startStandIn({ errorRate: 5 })).rejects.toThrow(
      'error rate 5 is not a fraction: give a number from 0 to 1',
    );
    await expect(startStandIn({ errorStatus: 200 })).rejects.toThrow(
      'error status 200 is not an HTTP error: give 400..599',
    );
  });
});

describe('/actuator/prometheus', () => {
  it('is Prometheus text with the metric names Spring Boot Micrometer exports', async () => {
    const server = (standIn = await startStandIn({}));
    const token = server.issueToken();
    for (let i = 0; i < 5; i++) await timedEnqueue(server, token);
    const { contentType, samples, types } = await scrape(server);
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    const names = new Set(samples.map((s) => s.name));
    for (const name of [
      'process_cpu_usage',
      'system_cpu_usage',
      'hikaricp_connections_active',
      'hikaricp_connections_idle',
      'hikaricp_connections_pending',
      'hikaricp_connections_max',
      'jvm_memory_used_bytes',
      'jvm_memory_max_bytes',
      'http_server_requests_seconds_count',
      'http_server_requests_seconds_sum',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(types.get('http_server_requests_seconds')).toBe('summary');
    expect(sampleValue(samples, 'hikaricp_connections_max', { pool: 'HikariPool-1' })).toBe(10);
    expect(sampleValue(samples, 'http_server_requests_seconds_count', { uri: '/api/v1/waitings', status: '201' })).toBe(
      1,
    );
    expect(sampleValue(samples, 'http_server_requests_seconds_count', { uri: '/api/v1/waitings', status: '200' })).toBe(
      4,
    );
    expect(sampleValue(samples, 'jvm_memory_used_bytes', { area: 'heap', id: 'G1 Old Gen' })).toBeGreaterThan(0);
  });

  it('shows the pool bottleneck while requests wait: all connections active, threads pending', async () => {
    const server = (standIn = await startStandIn({ bottleneck: 'pool' }));
    const token = server.issueToken();
    const load = Promise.all(Array.from({ length: 60 }, () => timedEnqueue(server, token)));
    let worst = { active: 0, pending: 0 };
    for (let i = 0; i < 200 && worst.pending === 0; i++) {
      const { samples } = await scrape(server);
      const pending = sampleValue(samples, 'hikaricp_connections_pending', { pool: 'HikariPool-1' }) ?? 0;
      if (pending > worst.pending)
        worst = { active: sampleValue(samples, 'hikaricp_connections_active') ?? 0, pending };
    }
    await load;
    expect(worst.pending).toBeGreaterThan(0);
    expect(worst.active).toBe(2);
  });

  it('counts GC pauses as a summary once enough requests have filled Eden', async () => {
    const server = (standIn = await startStandIn({ serviceTimes: { position: { cpuMs: 0, dbMs: 0 } } }));
    const token = server.issueToken();
    const headers = { Authorization: `Bearer ${token}` };
    for (let i = 0; i < 400; i++)
      await (await fetch(`${server.url}/api/v1/waitings/booth/1`, { headers })).arrayBuffer();
    const { samples, types } = await scrape(server);
    expect(types.get('jvm_gc_pause_seconds')).toBe('summary');
    expect(
      sampleValue(samples, 'jvm_gc_pause_seconds_count', { action: 'end of minor GC', cause: 'G1 Evacuation Pause' }),
    ).toBe(1);
  });
});
