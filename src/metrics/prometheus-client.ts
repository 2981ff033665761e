/**
 * Prometheus's range query (GET /api/v1/query_range) over @actions/http-client. Every failure
 * comes back as a problem sentence, never an exception: server metrics are an extra, and a
 * missing or broken Prometheus must not fail the run. The auth header is sent, never echoed.
 */
import { HttpClient } from '@actions/http-client';
import { z } from 'zod';
import { displayUrl } from '../net/display-url.js';

export interface RangeQuery {
  query: string;
  /** Epoch milliseconds. */
  startMs: number;
  endMs: number;
  stepSeconds: number;
}

/** One time series of the answer: its labels and its [epoch ms, value] points. */
export interface RangeSeries {
  labels: Record<string, string>;
  points: Array<[number, number]>;
}

export type RangeAnswer =
  | { ok: true; series: RangeSeries[] }
  /** `unreachable`: asking again now is pointless (no answer, timeout, refused credentials). */
  | { ok: false; problem: string; unreachable: boolean };

export type PrometheusRangeQuery = (query: RangeQuery) => Promise<RangeAnswer>;

export interface PrometheusClientOptions {
  /** Base URL of Prometheus, e.g. http://prometheus:9090 or https://host/prometheus. */
  url: string;
  /** Full Authorization header value (e.g. "Bearer …"); a secret. */
  authHeader: string | null;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

const matrixAnswer = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(
      z.object({
        metric: z.record(z.string(), z.string()),
        values: z.array(z.tuple([z.number(), z.string()])),
      }),
    ),
  }),
});

const errorAnswer = z.object({
  status: z.literal('error'),
  errorType: z.string().optional(),
  error: z.string().optional(),
});

export { displayUrl };

/** The query_range endpoint under the base URL, keeping a path prefix (a Prometheus behind /prometheus). */
export function queryRangeUrl(base: string, query: RangeQuery): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query_range`;
  url.search = new URLSearchParams({
    query: query.query,
    start: (query.startMs / 1000).toFixed(3),
    end: (query.endMs / 1000).toFixed(3),
    step: `${query.stepSeconds}s`,
  }).toString();
  url.hash = '';
  return url.toString();
}

function toSeries(result: z.infer<typeof matrixAnswer>['data']['result']): RangeSeries[] {
  return result.map((r) => ({
    labels: r.metric,
    // "NaN" and "+Inf" (a ratio over zero) carry no figure.
    points: r.values
      .map(([t, v]): [number, number] => [Math.round(t * 1000), Number(v)])
      .filter(([, v]) => Number.isFinite(v)),
  }));
}

function describeBody(status: number, body: string): string {
  try {
    const parsed = errorAnswer.safeParse(JSON.parse(body));
    if (parsed.success && parsed.data.error) return `${parsed.data.errorType ?? 'error'}: ${parsed.data.error}`;
  } catch {
    // Not JSON: a proxy's page, say. Its first words are enough.
  }
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 120);
  return text === '' ? `HTTP ${status}` : `HTTP ${status}: ${text}`;
}

export function prometheusClient(options: PrometheusClientOptions): PrometheusRangeQuery {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const where = displayUrl(options.url);
  // No retries: a slow or absent Prometheus gets one try per query, and the caller stops at the first unreachable one.
  const http = new HttpClient('perf-gate', [], {
    socketTimeout: timeoutMs,
    allowRetries: false,
    maxRetries: 0,
    allowRedirects: true,
  });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.authHeader) headers.Authorization = options.authHeader;

  return async (query) => {
    let url: string;
    try {
      url = queryRangeUrl(options.url, query);
    } catch {
      return {
        ok: false,
        problem: `the Prometheus URL ${where} is not a valid URL: give e.g. http://prometheus:9090`,
        unreachable: true,
      };
    }
    let status: number;
    let body: string;
    try {
      const response = await http.get(url, headers);
      status = response.message.statusCode ?? 0;
      body = await response.readBody();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = /timeout/i.test(message) ? `no answer within ${timeoutMs / 1000} s` : message.split('\n')[0];
      return { ok: false, problem: `Prometheus at ${where} is unreachable (${reason})`, unreachable: true };
    }
    if (status === 401 || status === 403) {
      return {
        ok: false,
        problem: `Prometheus at ${where} refused the request (HTTP ${status}): check the prometheus-auth-header secret`,
        unreachable: true,
      };
    }
    if (status !== 200) {
      return {
        ok: false,
        problem: `Prometheus at ${where} rejected the query (${describeBody(status, body)})`,
        unreachable: status >= 500 || status === 404,
      };
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return {
        ok: false,
        problem: `Prometheus at ${where} answered something that is not JSON (is it Prometheus's URL?)`,
        unreachable: true,
      };
    }
    const parsed = matrixAnswer.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        problem: `Prometheus at ${where} answered an unexpected shape (${describeBody(status, body)}): expected a matrix`,
        unreachable: false,
      };
    }
    return { ok: true, series: toSeries(parsed.data.data.result) };
  };
}
