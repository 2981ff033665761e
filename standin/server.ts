import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorAnswer, injectedError, matchRoute, notFound, type Answer } from './api.js';
import {
  CapacityModel,
  capacityPreset,
  systemClock,
  type Bottleneck,
  type CapacityOptions,
  type Clock,
  type ServiceTime,
  type StandInEndpoint,
} from './capacity.js';
import { SimulatedHeap } from './jvm.js';
import { WaitingLines } from './lines.js';
import { StandInMetrics } from './metrics.js';
import { bearerToken, TokenIssuer } from './tokens.js';

export interface StandInOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Which resource saturates first; the defaults of the others follow from it. */
  bottleneck?: Bottleneck;
  workers?: number;
  poolSize?: number;
  serviceTimes?: Partial<Record<StandInEndpoint, ServiceTime>>;
  /**
   * Makes every API response this many times slower as the stand-in itself measures it (1.1 =
   * each response takes 10% longer), for injected regressions: the answer is held back for
   * (F − 1) × the time it took. Scaling only the service times moved the end-to-end p95 by about
   * half of F, so "10% slower" did not mean what it said.
   */
  slowdown?: number;
  /** Added to every API call, outside the capacity model (a slow network or dependency). */
  latencyMs?: number;
  /** Fraction (0..1) of authenticated calls answered with `errorStatus` instead. */
  errorRate?: number;
  errorStatus?: number;
  /** Seed of the error injection, so a run's failures are reproducible. */
  seed?: number;
  /** Booths 1..booths exist. */
  booths?: number;
  tokenTtlSeconds?: number;
  clock?: Clock;
}

export interface StandIn {
  url: string;
  port: number;
  lines: WaitingLines;
  capacity: CapacityModel;
  /** A valid token for a (new or known) visitor, as the test login would give. */
  issueToken(email?: string, ttlSeconds?: number): string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

export function capacityOptions(options: StandInOptions): CapacityOptions {
  const preset = capacityPreset(options.bottleneck ?? 'cpu');
  const serviceTimes = { ...preset.serviceTimes, ...options.serviceTimes } as Record<StandInEndpoint, ServiceTime>;
  return {
    workers: options.workers ?? preset.workers,
    poolSize: options.poolSize ?? preset.poolSize,
    serviceTimes,
  };
}

/** Starts a Festin stand-in on 127.0.0.1 and resolves once it listens. */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const startedAtMs = clock.now();
  const lines = new WaitingLines(options.booths ?? 10);
  const tokens = new TokenIssuer(options.tokenTtlSeconds ?? 3600);
  const capacity = new CapacityModel(capacityOptions(options), clock);
  let metrics: StandInMetrics | null = null;
  const heap = new SimulatedHeap((pause) => metrics?.recordGcPause(pause));
  metrics = new StandInMetrics({
    capacity,
    heap,
    liveWaiting: () => lines.totalWaiting(),
    startedAtMs,
    now: () => clock.now(),
  });
  const exposition = metrics;
  const failNext = errorInjector(options.errorRate ?? 0, options.seed ?? 1);
  const errorStatus = options.errorStatus ?? 500;
  const latencyMs = options.latencyMs ?? 0;
  const slowdown = options.slowdown ?? 1;
  let demoUsers = 0;

  async function answer(
    req: http.IncomingMessage,
    path: string,
    body: string,
  ): Promise<{ answer: Answer; uri: string }> {
    const method = req.method ?? 'GET';
    const matched = matchRoute(method, path);
    if (matched === null) return { answer: notFound(path, clock.now()), uri: 'NOT_FOUND' };
    const { route, params } = matched;
    if (latencyMs > 0) await clock.sleep(latencyMs);
    await capacity.serve(route.endpoint);
    heap.allocate(lines.totalWaiting());
    let parsed: unknown = null;
    if (body !== '') {
      try {
        parsed = JSON.parse(body);
      } catch {
        return { answer: errorAnswer('INVALID_REQUEST'), uri: route.uri };
      }
    }
    let userId = 0;
    if (route.authenticated) {
      const token = bearerToken(req.headers.authorization);
      const claims = token === null ? null : tokens.verify(token, clock.now());
      if (claims === null) return { answer: errorAnswer('UNAUTHORIZED'), uri: route.uri };
      if (failNext()) return { answer: injectedError(errorStatus), uri: route.uri };
      userId = claims.userId;
    }
    return {
      answer: route.handle({ lines, tokens, userId, body: parsed, params, nowMs: clock.now() }),
      uri: route.uri,
    };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = clock.now();
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    if (req.method === 'GET' && path === '/actuator/prometheus') {
      const { contentType, body } = await exposition.exposition();
      res.writeHead(200, { 'Content-Type': contentType }).end(body);
      return;
    }
    if (req.method === 'GET' && path === '/actuator/health') {
      send(res, { status: 200, body: { status: 'UP' } });
      return;
    }
    const body = await readBody(req);
    const result =
      body === null ? { answer: errorAnswer('INVALID_REQUEST'), uri: 'UNKNOWN' } : await answer(req, path, body);
    // Held back outside the capacity model: the response is slower, the queue in front no longer.
    if (slowdown > 1) await clock.sleep((slowdown - 1) * (clock.now() - started));
    send(res, result.answer);
    exposition.recordRequest({
      method: req.method ?? 'GET',
      uri: result.uri,
      status: result.answer.status,
      seconds: (clock.now() - started) / 1000,
    });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, errorAnswer('INTERNAL_SERVER_ERROR'));
      process.emitWarning(`stand-in: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    port,
    lines,
    capacity,
    issueToken(email = `demo-${(demoUsers += 1)}@perf-gate.test`, ttlSeconds?: number) {
      const user = lines.signIn(email, email, 'VISITOR');
      return tokens.issue(user, clock.now(), ttlSeconds);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, answer: Answer): void {
  if (answer.body === undefined) {
    res.writeHead(answer.status).end();
    return;
  }
  res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
}

/** The request body as text; null when it is larger than any Festin request. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Seeded (mulberry32) so that the failing calls are the same from run to run. */
export function errorInjector(rate: number, seed: number): () => boolean {
  let state = seed >>> 0;
  return () => {
    if (rate <= 0) return false;
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const random = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return random < rate;
  };
}

function checkOptions(options: StandInOptions): void {
  const rate = options.errorRate ?? 0;
  if (!(rate >= 0 && rate <= 1))
    throw new Error(`error rate ${rate} is not a fraction: give a number from 0 to 1, e.g. 0.05`);
  const status = options.errorStatus ?? 500;
  if (!Number.isInteger(status) || status < 400 || status > 599)
    throw new Error(`error status ${status} is not an HTTP error: give 400..599, e.g. 500 or 503`);
  if (options.slowdown !== undefined && !(options.slowdown >= 1))
    throw new Error(`slowdown ${options.slowdown} must be a factor of 1 or more (1.1 = responses 10% slower)`);
  if ((options.latencyMs ?? 0) < 0) throw new Error(`latency ${options.latencyMs} ms is negative: give 0 or more`);
}
