import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../standin/server.js';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn({
    serviceTimes: {
      login: { cpuMs: 0, dbMs: 0 },
      enqueue: { cpuMs: 0, dbMs: 0 },
      position: { cpuMs: 0, dbMs: 0 },
      cancel: { cpuMs: 0, dbMs: 0 },
    },
  });
});
afterAll(() => standIn.close());

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const res = await fetch(`${standIn.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as Record<string, unknown>) };
}

async function login(email: string): Promise<string> {
  const { body } = await call('POST', '/api/v1/auth/login', {
    body: { email, nickname: email, role: 'VISITOR', managedBoothId: null },
  });
  return body?.accessToken as string;
}

describe('the Festin stand-in API', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('logs a visitor in (signing them up) and answers 200 with a JWT that expires', async () => {
    const first = await call('POST', '/api/v1/auth/login', {
      body: { email: 'ana@perf-gate.test', nickname: 'ana', role: 'VISITOR', managedBoothId: null },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      email: 'ana@perf-gate.test',
      nickname: 'ana',
      role: 'VISITOR',
      userId: expect.any(Number),
    });
    const token = first.body?.accessToken as string;
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    expect(payload.exp - payload.iat).toBe(3600);
    const again = await call('POST', '/api/v1/auth/login', {
      body: { email: 'ana@perf-gate.test', nickname: 'ana', role: 'VISITOR' },
    });
    expect(again.body?.userId).toBe(first.body?.userId);
  });

  it('answers 201 on a first join, 200 on a second, then the position, 204 on leave, 404 after', async () => {
    const token = await login('ben@perf-gate.test');
    const joined = await call('POST', '/api/v1/waitings', { token, body: { boothId: 3 } });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      boothId: 3,
      boothName: 'Booth 3',
      position: 1,
      totalWaiting: 1,
      estimatedWaitTime: 5,
    });
    expect(joined.body?.registeredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    expect((await call('POST', '/api/v1/waitings', { token, body: { boothId: 3 } })).status).toBe(200);

    const other = await login('cleo@perf-gate.test');
    expect((await call('POST', '/api/v1/waitings', { token: other, body: { boothId: 3 } })).body).toMatchObject({
      position: 2,
      totalWaiting: 2,
    });
    expect(await call('GET', '/api/v1/waitings/booth/3', { token: other })).toEqual({
      status: 200,
      body: { boothId: 3, boothName: 'Booth 3', position: 2, totalWaiting: 2, estimatedWaitTime: 10 },
    });

    expect(await call('DELETE', '/api/v1/waitings/3', { token })).toEqual({ status: 204, body: null });
    expect((await call('GET', '/api/v1/waitings/booth/3', { token: other })).body).toMatchObject({
      position: 1,
      totalWaiting: 1,
    });
    expect(await call('DELETE', '/api/v1/waitings/3', { token })).toEqual({
      status: 404,
      body: { status: 404, code: 'WAITING_NOT_FOUND', message: 'Not waiting at this booth.' },
    });
    expect((await call('GET', '/api/v1/waitings/booth/3', { token })).status).toBe(404);
  });

  it('answers 401 with Festin error body without a token, with a forged one and with an expired one', async () => {
    const unauthorized = {
      status: 401,
      body: { status: 401, code: 'UNAUTHORIZED', message: 'Authentication is required.' },
    };
    expect(await call('POST', '/api/v1/waitings', { body: { boothId: 1 } })).toEqual(unauthorized);
    expect(await call('GET', '/api/v1/waitings/booth/1')).toEqual(unauthorized);
    expect(await call('DELETE', '/api/v1/waitings/1')).toEqual(unauthorized);
    const token = await login('dan@perf-gate.test');
    const [header, payload] = token.split('.');
    expect((await call('GET', '/api/v1/waitings/my', { token: `${header}.${payload}.forged` })).status).toBe(401);
    expect(
      (await call('GET', '/api/v1/waitings/my', { token: standIn.issueToken('dan@perf-gate.test', -1) })).status,
    ).toBe(401);
    expect((await call('GET', '/api/v1/waitings/my', { token: standIn.issueToken('dan@perf-gate.test') })).status).toBe(
      200,
    );
  });

  it('refuses business rules as Festin does: unknown booth 404, a third booth 409, no boothId 400', async () => {
    const token = await login('eve@perf-gate.test');
    expect((await call('POST', '/api/v1/waitings', { token, body: { boothId: 99 } })).body).toMatchObject({
      status: 404,
      code: 'BOOTH_NOT_FOUND',
    });
    expect((await call('POST', '/api/v1/waitings', { token, body: { boothId: 1 } })).status).toBe(201);
    expect((await call('POST', '/api/v1/waitings', { token, body: { boothId: 2 } })).status).toBe(201);
    expect(await call('POST', '/api/v1/waitings', { token, body: { boothId: 4 } })).toMatchObject({
      status: 409,
      body: { code: 'MAX_WAITING_EXCEEDED' },
    });
    expect(await call('POST', '/api/v1/waitings', { token, body: {} })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_REQUEST' },
    });
    const mine = await call('GET', '/api/v1/waitings/my', { token });
    expect(mine.body?.totalCount).toBe(2);
  });

  it('lets staff call the next visitor, and says when the line is empty', async () => {
    const visitor = await login('fay@perf-gate.test');
    await call('POST', '/api/v1/waitings', { token: visitor, body: { boothId: 7 } });
    const called = await call('POST', '/api/v1/waitings/call', { token: visitor, body: { boothId: 7 } });
    expect(called).toMatchObject({ status: 200, body: { position: 1, userId: expect.any(Number) } });
    expect((await call('POST', '/api/v1/waitings/call', { token: visitor, body: { boothId: 7 } })).body).toMatchObject({
      code: 'QUEUE_EMPTY',
    });
  });

  it('answers health and an unknown path like Spring Boot', async () => {
    expect(await call('GET', '/actuator/health')).toEqual({ status: 200, body: { status: 'UP' } });
    expect(await call('GET', '/api/v2/nothing')).toMatchObject({
      status: 404,
      body: { status: 404, error: 'Not Found', path: '/api/v2/nothing' },
    });
  });
});
