/**
 * The Prometheus client against hostile answers from a local HTTP server: a huge matrix, an
 * answer too large to read, one that drips a byte at a time, a slow server eating the shared
 * budget, an error page repeating the bearer token, and a redirect to another origin.
 * Each ends in a warning (or figures), never a crash, a hang or a leaked credential.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectServerMetrics } from '../../src/metrics/collect.js';
import { authHeaderSecrets, prometheusClient } from '../../src/metrics/prometheus-client.js';
import { resolveQueries } from '../../src/metrics/queries.js';
import { run } from '../../src/main.js';
import { recordingIO } from '../support/recording-io.js';
import { runResult, stageResults } from '../support/run-result-builder.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

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

async function localServer(handler: Handler): Promise<{ url: string; queries: string[] }> {
  const queries: string[] = [];
  const server = http.createServer((req, res) => {
    queries.push(new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '');
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, queries };
}

const QUERIES = resolveQueries();
const T0 = Date.parse('2026-01-17T10:00:00.000Z') / 1000;
const result = runResult({
  stages: stageResults([
    [10, { p95: 20 }],
    [50, { p95: 35 }],
    [100, { p95: 140 }],
  ]),
});
const emptyMatrix = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } });
const RANGE = { query: 'up', startMs: T0 * 1000, endMs: (T0 + 90) * 1000, stepSeconds: 1 };

describe('Prometheus answers of hostile size', () => {
  it('reduces a 4000 × 320 matrix (1.28 million points) without overflowing the call stack', async () => {
    // 320 points a quarter-second apart over the three 30 s stages; one series peaks at 9 in the second stage.
    const series = Array.from({ length: 4000 }, (_, k) => ({
      metric: { instance: `pod-${k}` },
      values: Array.from({ length: 320 }, (_, i) => [
        T0 + 0.25 + i * 0.25,
        k === 17 && i === 200 ? '9' : String((k + i) % 5),
      ]),
    }));
    const big = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: series } });
    const prometheus = await localServer((req, res) => {
      const query = new URL(req.url ?? '/', 'http://x').searchParams.get('query');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(query === QUERIES.poolPending ? big : emptyMatrix);
    });
    const outcome = await collectServerMetrics({ prometheusUrl: prometheus.url, authHeader: null, result });
    expect(outcome.serverStages?.map((s) => s.poolPending)).toEqual([4, 9, 4]);
    expect(outcome.warnings.join('\n')).not.toMatch(/call stack/);
  });

  it('stops reading a 100 MB answer at 32 MB and says so', async () => {
    let written = 0;
    let closedEarly = false;
    const prometheus = await localServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const more = () => {
        while (written < 100 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => (closedEarly = !res.writableFinished));
      more();
    });
    const answer = await prometheusClient({ url: prometheus.url, authHeader: null })(RANGE);
    expect(answer).toEqual({
      ok: false,
      problem: `Prometheus at ${prometheus.url} answered more than 32 MB for one query, and perf-gate stops reading there: aggregate the query (e.g. max(...) or sum(...)) so that it returns fewer series`,
      unreachable: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closedEarly).toBe(true);
    expect(written).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('Prometheus answers of hostile slowness', () => {
  it('ends an answer that drips one byte at a time at the bound for one query, though it is never silent', async () => {
    const prometheus = await localServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const drip = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(drip));
    });
    const outcome = await collectServerMetrics(
      { prometheusUrl: prometheus.url, authHeader: null, result },
      { timeoutMs: 10_000, requestTimeoutMs: 400 },
    );
    expect(outcome.warnings[0]).toBe(
      `Server metrics: CPU usage left empty: Prometheus at ${prometheus.url} is unreachable (the answer did not end within 0.4 s, perf-gate's bound for one query).`,
    );
    expect(outcome.warnings[1]).toMatch(/^Server metrics: did not ask for DB pool pending, .* either/);
    expect(prometheus.queries).toHaveLength(1);
  });

  it('stops all Prometheus work when the shared budget is spent, and names the bound', async () => {
    const prometheus = await localServer((_req, res) => {
      setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(emptyMatrix), 200);
    });
    const outcome = await collectServerMetrics(
      { prometheusUrl: prometheus.url, authHeader: null, result },
      { requestTimeoutMs: 10_000, budgetMs: 500 },
    );
    expect(outcome.warnings).toContainEqual(
      expect.stringContaining(
        `is unreachable (perf-gate gives all Prometheus queries together 0.5 s, and they used it up).`,
      ),
    );
    expect(outcome.warnings.at(-1)).toMatch(
      /^Server metrics: did not ask for .* either: the first failure says why\.$/,
    );
    expect(prometheus.queries.length).toBeLessThan(Object.keys(QUERIES).length);
  });
});

describe('Prometheus credentials', () => {
  it('masks the bare token as well as the whole header when an error page repeats it', async () => {
    const prometheus = await localServer((req, res) =>
      res.writeHead(400, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          status: 'error',
          errorType: 'bad_data',
          error: `token ${(req.headers.authorization ?? '').split(' ')[1]} is not valid for header ${req.headers.authorization}`,
        }),
      ),
    );
    const outcome = await collectServerMetrics({
      prometheusUrl: prometheus.url,
      authHeader: 'Bearer prom-secret-4b1d',
      result,
    });
    expect(outcome.warnings[0]).toBe(
      `Server metrics: CPU usage left empty: Prometheus at ${prometheus.url} rejected the query (bad_data: token *** is not valid for header ***).`,
    );
    expect(outcome.warnings.join('\n')).not.toContain('prom-secret-4b1d');
  });

  it('registers the whole header and its credential as secrets before anything is logged', async () => {
    expect(authHeaderSecrets('Bearer abc123')).toEqual(['Bearer abc123', 'abc123']);
    expect(authHeaderSecrets('Basic dXNlcjpwYXNz')).toEqual(['Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz']);
    expect(authHeaderSecrets(null)).toEqual([]);
    // A thresholds file that fails to load stops the run just after the secrets are registered.
    const workspace = mkdtempSync(path.join(tmpdir(), 'perf-gate-secrets-'));
    writeFileSync(path.join(workspace, 'broken.yml'), '{');
    const { io, said } = recordingIO(
      {
        'base-url': 'http://127.0.0.1:1',
        'prometheus-url': 'http://127.0.0.1:1',
        'prometheus-auth-header': 'Bearer prom-secret-4b1d',
        thresholds: 'broken.yml',
        comment: 'never',
      },
      { GITHUB_WORKSPACE: workspace },
    );
    await run(io);
    expect(said.failures).toEqual([expect.stringMatching(/^Input 'thresholds': .*not valid JSON/)]);
    expect(said.secrets).toEqual(expect.arrayContaining(['Bearer prom-secret-4b1d', 'prom-secret-4b1d']));
  });

  it('never sends Authorization across a redirect to another origin, but keeps it on the same origin', async () => {
    const seen: Array<{ where: string; authorization: string | undefined }> = [];
    const elsewhere = await localServer((req, res) => {
      seen.push({ where: 'elsewhere', authorization: req.headers.authorization });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(emptyMatrix);
    });
    const prometheus = await localServer((req, res) => {
      const at = new URL(req.url ?? '/', 'http://x');
      seen.push({ where: at.pathname, authorization: req.headers.authorization });
      const next = at.pathname.startsWith('/moved')
        ? `${elsewhere.url}/api/v1/query_range${at.search}`
        : `/moved${at.pathname}${at.search}`;
      res.writeHead(302, { Location: next }).end();
    });
    const answer = await prometheusClient({ url: prometheus.url, authHeader: 'Bearer s3cret' })(RANGE);
    expect(answer).toEqual({ ok: true, series: [] });
    expect(seen).toEqual([
      { where: '/api/v1/query_range', authorization: 'Bearer s3cret' },
      { where: '/moved/api/v1/query_range', authorization: 'Bearer s3cret' },
      { where: 'elsewhere', authorization: undefined },
    ]);
  });
});
