/**
 * The Prometheus client and collectServerMetrics against a tiny local HTTP server answering as
 * Prometheus's /api/v1/query_range does: the happy path, and every way it can go wrong
 * becoming a warning and an empty cell, never an exception.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { collectServerMetrics } from '../../src/metrics/collect.js';
import { prometheusClient } from '../../src/metrics/prometheus-client.js';
import { resolveQueries } from '../../src/metrics/queries.js';
import { renderStageTemplate } from '../../src/report/stage-template.js';
import { freePort } from './support/prometheus-process.js';
import { runResult, stageResults } from '../support/run-result-builder.js';

interface Seen {
  path: string;
  params: URLSearchParams;
  authorization: string | undefined;
}

type Handler = (seen: Seen, res: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

async function fakePrometheus(handler: Handler): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const request = { path: url.pathname, params: url.searchParams, authorization: req.headers.authorization };
    seen.push(request);
    handler(request, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
const matrix = (result: Array<{ metric?: Record<string, string>; values: Array<[number, string]> }>) => ({
  status: 'success',
  data: { resultType: 'matrix', result: result.map((r) => ({ metric: r.metric ?? {}, values: r.values })) },
});

const T0 = Date.parse('2026-01-17T10:00:00.000Z') / 1000;
/** A value every 10 s over the three 30 s stages, from `at(offsetSeconds)`. */
const every10s = (at: (s: number) => number): Array<[number, string]> =>
  Array.from({ length: 10 }, (_, i): [number, string] => [T0 + i * 10, String(at(i * 10))]);

const stages = stageResults([
  [10, { p95: 20 }],
  [50, { p95: 35 }],
  [100, { p95: 140 }],
]);
const result = runResult({ stages });
const QUERIES = resolveQueries();

describe('prometheusClient', () => {
  it("asks query_range under the URL's path for the window and step, sends the auth header, and drops NaN points", async () => {
    const prometheus = await fakePrometheus((_seen, res) =>
      json(
        res,
        200,
        matrix([
          {
            metric: { pool: 'HikariPool-1' },
            values: [
              [T0 + 1, '3'],
              [T0 + 2, 'NaN'],
              [T0 + 3, '+Inf'],
            ],
          },
        ]),
      ),
    );
    const query = prometheusClient({ url: `${prometheus.url}/prometheus/`, authHeader: 'Bearer s3cret' });
    const answer = await query({
      query: 'max(hikaricp_connections_pending)',
      startMs: T0 * 1000,
      endMs: T0 * 1000 + 90_500,
      stepSeconds: 1,
    });
    expect(answer).toEqual({
      ok: true,
      series: [{ labels: { pool: 'HikariPool-1' }, points: [[(T0 + 1) * 1000, 3]] }],
    });
    const [seen] = prometheus.seen;
    expect(seen?.path).toBe('/prometheus/api/v1/query_range');
    expect(Object.fromEntries(seen?.params ?? [])).toEqual({
      query: 'max(hikaricp_connections_pending)',
      start: `${T0}.000`,
      end: `${T0 + 90}.500`,
      step: '1s',
    });
    expect(seen?.authorization).toBe('Bearer s3cret');
  });
});

describe('collectServerMetrics', () => {
  it('cuts every figure per stage, names the bottleneck and renders the server rows', async () => {
    const answers: Record<string, Array<[number, string]>> = {
      // A point describes the scrape interval before it: the point at 30 s still tells about VU 10.
      [QUERIES.cpu]: every10s((s) => (s <= 30 ? 0.2 : s <= 60 ? 0.6 : 0.97)),
      [QUERIES.poolPending]: every10s(() => 0),
      [QUERIES.poolActive]: every10s((s) => (s <= 30 ? 2 : 4)),
      [QUERIES.poolMax]: every10s(() => 10),
      [QUERIES.heapUsedRatio]: every10s((s) => 0.3 + s / 300),
      [QUERIES.gcPauses]: every10s((s) => 100 + s),
      [QUERIES.gcPauseSeconds]: every10s((s) => 2 + s * 0.005),
    };
    const prometheus = await fakePrometheus((seen, res) =>
      json(res, 200, matrix([{ values: answers[seen.params.get('query') ?? ''] ?? [] }])),
    );
    const outcome = await collectServerMetrics({ prometheusUrl: prometheus.url, authHeader: null, result });
    expect(outcome.warnings).toEqual([]);
    expect(prometheus.seen.map((s) => s.params.get('query'))).toEqual(Object.values(QUERIES));
    expect(outcome.bottleneck).toBe('CPU 97% from VU 100 while p95 rose 7× (20 ms at VU 10 → 140 ms at VU 100).');
    expect(
      renderStageTemplate({
        stages,
        knee: null,
        serverStages: outcome.serverStages ?? undefined,
        bottleneck: outcome.bottleneck,
        dashboardUrl: null,
      }),
    ).toMatchInlineSnapshot(`
      "### Load stages

      | | VU 10 | VU 50 | VU 100 |
      |---|--:|--:|--:|
      | requests/s | 16.7 req/s | 16.7 req/s | 16.7 req/s |
      | p95 latency | 20 ms | 35 ms | 140 ms |
      | p99 latency | 30 ms | 52.5 ms | 210 ms |
      | error rate | 0% | 0% | 0% |
      | CPU usage | 20% | 60% | 97% |
      | DB pool pending (max) | 0 | 0 | 0 |
      | DB pool active (max) | 2 | 4 | 4 |
      | JVM heap used (max) | 40% | 50% | 60% |
      | JVM GC pauses | 30 (5 ms avg) | 30 (5 ms avg) | 30 (5 ms avg) |

      **Knee:** none found: no stage degraded enough to call it the point where performance breaks.

      **Likely bottleneck:** CPU 97% from VU 100 while p95 rose 7× (20 ms at VU 10 → 140 ms at VU 100)."
    `);
  });

  it('turns a rejected query into a warning and an empty cell, and still asks for the rest', async () => {
    const prometheus = await fakePrometheus((seen, res) => {
      if (seen.params.get('query') === QUERIES.heapUsedRatio)
        return json(res, 400, { status: 'error', errorType: 'bad_data', error: '1:5: parse error: unexpected "by"' });
      json(res, 200, matrix([{ values: every10s(() => 0.5) }]));
    });
    const outcome = await collectServerMetrics({ prometheusUrl: prometheus.url, authHeader: null, result });
    expect(outcome.warnings).toEqual([
      `Server metrics: JVM heap used left empty: Prometheus at ${prometheus.url} rejected the query (bad_data: 1:5: parse error: unexpected "by").`,
    ]);
    expect(prometheus.seen).toHaveLength(7);
    expect(outcome.serverStages?.map((s) => [s.cpu, s.heapUsedRatio])).toEqual([
      [0.5, null],
      [0.5, null],
      [0.5, null],
    ]);
  });

  it('warns about a metric Prometheus has no data for, naming the query and the override key', async () => {
    const prometheus = await fakePrometheus((seen, res) =>
      json(res, 200, matrix(seen.params.get('query') === QUERIES.cpu ? [{ values: every10s(() => 0.3) }] : [])),
    );
    const outcome = await collectServerMetrics({ prometheusUrl: prometheus.url, authHeader: null, result });
    expect(outcome.warnings).toHaveLength(6);
    expect(outcome.warnings[0]).toBe(
      `Server metrics: Prometheus at ${prometheus.url} has no DB pool pending data for the run (query \`max(hikaricp_connections_pending)\`): is the app's /actuator/prometheus scraped, or does serverMetrics.queries.poolPending need another query?`,
    );
    expect(outcome.serverStages?.[0]).toEqual({
      stageIndex: 0,
      cpu: 0.3,
      poolPending: null,
      poolActiveMax: null,
      heapUsedRatio: null,
      poolMax: null,
      gcPauses: null,
      gcPauseMs: null,
    });
    expect(outcome.bottleneck).toBe(
      'none on the server (CPU at most 30%, DB pool pending not measured, heap not measured): look at the network, Redis or the load generator.',
    );
  });

  it('asks once and stops when Prometheus is unreachable: one warning, no server rows, no exception', async () => {
    const port = await freePort();
    const outcome = await collectServerMetrics({
      prometheusUrl: `http://user:pw@127.0.0.1:${port}/`,
      authHeader: 'Bearer s3cret',
      result,
    });
    expect(outcome.serverStages).toBeNull();
    expect(outcome.bottleneck).toBeNull();
    expect(outcome.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Server metrics: CPU usage left empty: Prometheus at http://127\\.0\\.0\\.1:${port} is unreachable \\(.*ECONNREFUSED.*\\)\\.$`,
        ),
      ),
      'Server metrics: did not ask for DB pool pending, DB pool active, DB pool size, JVM heap used, GC pause count, GC pause time either: the first failure says why.',
    ]);
    expect(outcome.warnings.join(' ')).not.toMatch(/s3cret|pw@/);
  });

  it('stops at refused credentials without echoing them, and at a Prometheus that does not answer in time', async () => {
    const refusing = await fakePrometheus((_seen, res) => json(res, 401, { status: 'error', error: 'unauthorized' }));
    const refused = await collectServerMetrics({ prometheusUrl: refusing.url, authHeader: 'Bearer s3cret', result });
    expect(refused.warnings[0]).toBe(
      `Server metrics: CPU usage left empty: Prometheus at ${refusing.url} refused the request (HTTP 401): check the prometheus-auth-header secret.`,
    );
    expect(refusing.seen).toHaveLength(1);
    expect(refused.warnings.join(' ')).not.toContain('s3cret');

    const silent = await fakePrometheus(() => undefined);
    const late = await collectServerMetrics(
      { prometheusUrl: silent.url, authHeader: null, result },
      { timeoutMs: 300 },
    );
    expect(late.warnings[0]).toBe(
      `Server metrics: CPU usage left empty: Prometheus at ${silent.url} is unreachable (no answer within 0.3 s).`,
    );
    expect(silent.seen).toHaveLength(1);
  });

  it('stops at something that is not Prometheus (an HTML login page)', async () => {
    const page = await fakePrometheus((_seen, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'),
    );
    const outcome = await collectServerMetrics({ prometheusUrl: page.url, authHeader: null, result });
    expect(outcome.warnings[0]).toBe(
      `Server metrics: CPU usage left empty: Prometheus at ${page.url} answered something that is not JSON (is it Prometheus's URL?).`,
    );
    expect(page.seen).toHaveLength(1);
  });

  it('does not ask Prometheus about a run without stages', async () => {
    const outcome = await collectServerMetrics({
      prometheusUrl: 'http://127.0.0.1:1',
      authHeader: null,
      result: runResult({ stages: [] }),
    });
    expect(outcome).toEqual({
      serverStages: null,
      bottleneck: null,
      warnings: ['Server metrics: the run has no stages to measure, so Prometheus was not asked.'],
    });
  });
});
