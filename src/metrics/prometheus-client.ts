/**
 * Prometheus's range query (GET /api/v1/query_range) over @actions/http-client. Every failure
 * comes back as a problem sentence, never an exception: server metrics are an extra, and a
 * missing or broken Prometheus must not fail the run. The auth header is sent, never echoed:
 * neither it nor its credential part appears in a problem, even when an error page repeats it.
 */
import { z } from 'zod';
import { displayUrl } from '../core/display-url.js';
import { boundedGet } from './bounded-get.js';

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
  /** Silence this long ends a query (default 10 s). */
  timeoutMs?: number;
  /** One query from request to last byte (default 30 s): a server that drips bytes is cut off too. */
  requestTimeoutMs?: number;
  /** All queries of this client together (default 90 s): Prometheus is an extra and must not hold the job. */
  budgetMs?: number;
  /** Bytes read of one answer (default 32 MiB). */
  maxBytes?: number;
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_BUDGET_MS = 90_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

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

/**
 * What to mask of an Authorization header value: the whole value and its credential alone
 * ("abc" of "Bearer abc"), since an error page may repeat either.
 */
export function authHeaderSecrets(authHeader: string | null | undefined): string[] {
  if (!authHeader) return [];
  const credential = authHeader.trim().replace(/^\S+\s+/, '');
  return [...new Set([authHeader, credential])].filter((s) => s.trim().length >= 4);
}

const MIB = 1024 * 1024;

export function prometheusClient(options: PrometheusClientOptions): PrometheusRangeQuery {
  const idleTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const where = displayUrl(options.url);
  const secrets = authHeaderSecrets(options.authHeader);
  const scrub = (text: string): string => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.authHeader) headers.Authorization = options.authHeader;

  // No retries: a slow or absent Prometheus gets one try per query, and the caller stops at the first unreachable one.
  const ask = async (query: RangeQuery): Promise<RangeAnswer> => {
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
    const budgetLeftMs = deadline - now();
    const budgetSpent = `perf-gate gives all Prometheus queries together ${seconds(options.budgetMs ?? DEFAULT_BUDGET_MS)}, and they used it up`;
    if (budgetLeftMs <= 0) return { ok: false, problem: budgetSpent, unreachable: true };
    const answer = await boundedGet(url, {
      headers,
      idleTimeoutMs,
      totalTimeoutMs: Math.min(requestTimeoutMs, budgetLeftMs),
      maxBytes,
    });
    if (answer.kind === 'timeout') {
      let reason = `no answer within ${seconds(idleTimeoutMs)}`;
      if (answer.bound === 'total')
        reason =
          budgetLeftMs < requestTimeoutMs
            ? budgetSpent
            : `the answer did not end within ${seconds(requestTimeoutMs)}, perf-gate's bound for one query`;
      return { ok: false, problem: `Prometheus at ${where} is unreachable (${reason})`, unreachable: true };
    }
    if (answer.kind === 'error')
      return { ok: false, problem: `Prometheus at ${where} is unreachable (${answer.message})`, unreachable: true };
    if (answer.kind === 'too-large') {
      return {
        ok: false,
        problem: `Prometheus at ${where} answered more than ${maxBytes / MIB} MB for one query, and perf-gate stops reading there: aggregate the query (e.g. max(...) or sum(...)) so that it returns fewer series`,
        unreachable: false,
      };
    }
    return judgeAnswer(where, answer.status, answer.body);
  };
  return async (query) => {
    const answer = await ask(query);
    return answer.ok ? answer : { ...answer, problem: scrub(answer.problem) };
  };
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function judgeAnswer(where: string, status: number, body: string): RangeAnswer {
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
}
