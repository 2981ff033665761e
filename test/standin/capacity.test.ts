import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CapacityModel, capacityPreset, type ServiceTime } from '../../standin/capacity.js';

const only = (time: ServiceTime) => ({
  login: time,
  enqueue: time,
  position: time,
  cancel: time,
  my: time,
  call: time,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CapacityModel', () => {
  it('queues requests for the workers, so latency climbs with concurrency', async () => {
    const model = new CapacityModel({ workers: 2, poolSize: 10, serviceTimes: only({ cpuMs: 10, dbMs: 0 }) });
    const start = Date.now();
    const done: number[] = [];
    const requests = Array.from({ length: 6 }, () => model.serve('enqueue').then(() => done.push(Date.now() - start)));
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all(requests);
    expect(done).toEqual([10, 10, 20, 20, 30, 30]);
  });

  it('cpu bottleneck: a saturated worker reads as CPU usage 1 while the pool stays idle', async () => {
    const model = new CapacityModel(capacityPreset('cpu'));
    model.cpuUsage();
    for (let i = 0; i < 200; i++) void model.serve('enqueue');
    await vi.advanceTimersByTimeAsync(500);
    expect(model.cpuUsage()).toBe(1);
    expect(model.pool.pending).toBe(0);
    expect(model.pool.busy).toBeLessThanOrEqual(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(model.cpuUsage()).toBeLessThan(0.5);
  });

  it('pool bottleneck: connections all active, threads pending, CPU mostly idle', async () => {
    const model = new CapacityModel(capacityPreset('pool'));
    model.cpuUsage();
    for (let i = 0; i < 100; i++) void model.serve('position');
    await vi.advanceTimersByTimeAsync(300);
    expect(model.pool.busy).toBe(model.pool.size);
    expect(model.pool.pending).toBeGreaterThan(50);
    expect(model.cpuUsage()).toBeLessThan(0.2);
  });

  it('reads an idle server as CPU usage 0', async () => {
    const model = new CapacityModel(capacityPreset('cpu'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(model.cpuUsage()).toBe(0);
  });
});

describe('stand-in slowdown', () => {
  /** A clock whose sleeps return at once and move its time on, so a response's time is exact. */
  function steppingClock() {
    let now = 0;
    const sleeps: number[] = [];
    return {
      sleeps,
      now: () => now,
      sleep: (ms: number) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    };
  }

  it('holds each API response back by (F - 1) x the time it took, so F = 1.1 answers 10% slower', async () => {
    const { startStandIn } = await import('../../standin/server.js');
    const clock = steppingClock();
    const slow = await startStandIn({ slowdown: 1.1, latencyMs: 40, clock });
    try {
      const res = await fetch(`${slow.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'a@b.test', nickname: 'a', role: 'VISITOR', managedBoothId: null }),
      });
      expect(res.status).toBe(200);
      const held = clock.sleeps.at(-1)!;
      const took = clock.sleeps.slice(0, -1).reduce((sum, ms) => sum + ms, 0);
      expect(took).toBeGreaterThanOrEqual(40);
      expect(held).toBeCloseTo(0.1 * took, 9);
    } finally {
      await slow.close();
    }
  });

  it('leaves the service times, and so the capacity, as they are', async () => {
    const { capacityOptions } = await import('../../standin/server.js');
    expect(capacityOptions({ slowdown: 1.5 })).toEqual(capacityOptions({}));
  });

  it('refuses a factor below 1 by name', async () => {
    const { startStandIn } = await import('../../standin/server.js');
    await expect(startStandIn({ slowdown: 0.9 })).rejects.toThrow(/slowdown 0.9 must be a factor of 1 or more/);
  });
});
