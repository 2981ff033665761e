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

describe('capacityOptions slowdown', () => {
  it('multiplies every service time, so a regression can be injected into the stand-in', async () => {
    const { capacityOptions } = await import('../../standin/server.js');
    const base = capacityOptions({});
    const slow = capacityOptions({ slowdown: 1.5 });
    expect(slow.serviceTimes.enqueue.cpuMs).toBeCloseTo(base.serviceTimes.enqueue.cpuMs * 1.5, 12);
    expect(slow.serviceTimes.position.dbMs).toBeCloseTo(base.serviceTimes.position.dbMs * 1.5, 12);
    expect(slow.workers).toBe(base.workers);
  });

  it('refuses a factor of 0 or less by name', async () => {
    const { startStandIn } = await import('../../standin/server.js');
    await expect(startStandIn({ slowdown: 0 })).rejects.toThrow(/slowdown 0 must be a factor above 0/);
  });
});
