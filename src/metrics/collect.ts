/**
 * The one call the pipeline makes after the run: ask Prometheus for every server figure over
 * the run's window, cut them per stage and name the bottleneck. Never throws: whatever goes
 * wrong is a warning and an empty cell.
 */
import { SERVER_INPUT_KEYS, SERVER_INPUTS } from '../figures/server-inputs.js';
import type { RunResult } from '../results/types.js';
import { displayUrl, prometheusClient, type PrometheusRangeQuery } from './prometheus-client.js';
import { resolveQueries, type ServerMetricsQueries } from './queries.js';
import {
  findBottleneck,
  noServerFigures,
  runWindow,
  stageServerMetrics,
  stageWindows,
  type FigureSeries,
} from './server-metrics.js';
import type { ServerStageMetrics } from './types.js';

export interface ServerMetricsRequest {
  prometheusUrl: string;
  /** The Authorization header value (a secret: sent to Prometheus, never logged). */
  authHeader: string | null;
  queries?: ServerMetricsQueries;
  result: RunResult;
}

export interface ServerMetricsDeps {
  /** Replaces the HTTP client (tests); defaults to prometheusClient over @actions/http-client. */
  queryRange?: PrometheusRangeQuery;
  /** The client's bounds on silence, one query, all queries and bytes (tests shorten them). */
  timeoutMs?: number;
  requestTimeoutMs?: number;
  budgetMs?: number;
  maxBytes?: number;
}

export interface ServerMetricsOutcome {
  /** Null when Prometheus gave no figure at all. */
  serverStages: ServerStageMetrics[] | null;
  bottleneck: string | null;
  warnings: string[];
}

/** At most this many points per series, and never coarser than the scrape can matter (1 s). */
const MAX_POINTS = 2_000;

/** Step of the range query: 1 s for runs up to ~33 min, coarser beyond so the answer stays small. */
export function rangeStepSeconds(durationMs: number): number {
  return Math.max(1, Math.ceil(durationMs / 1000 / MAX_POINTS));
}

export async function collectServerMetrics(
  request: ServerMetricsRequest,
  deps: ServerMetricsDeps = {},
): Promise<ServerMetricsOutcome> {
  const warnings: string[] = [];
  const windows = stageWindows(request.result);
  const range = runWindow(request.result);
  if (windows.length === 0 || range === null) {
    return {
      serverStages: null,
      bottleneck: null,
      warnings: ['Server metrics: the run has no stages to measure, so Prometheus was not asked.'],
    };
  }
  const queryRange =
    deps.queryRange ??
    prometheusClient({
      url: request.prometheusUrl,
      authHeader: request.authHeader,
      timeoutMs: deps.timeoutMs,
      requestTimeoutMs: deps.requestTimeoutMs,
      budgetMs: deps.budgetMs,
      maxBytes: deps.maxBytes,
    });
  const queries = resolveQueries(request.queries);
  const stepSeconds = rangeStepSeconds(range.toMs - range.fromMs);
  const series: FigureSeries = {};
  for (const [i, figure] of SERVER_INPUT_KEYS.entries()) {
    const label = SERVER_INPUTS[figure].label;
    const answer = await queryRange({ query: queries[figure], startMs: range.fromMs, endMs: range.toMs, stepSeconds });
    if (!answer.ok) {
      warnings.push(`Server metrics: ${label} left empty: ${answer.problem}.`);
      if (answer.unreachable) {
        const skipped = SERVER_INPUT_KEYS.slice(i + 1).map((f) => SERVER_INPUTS[f].label);
        if (skipped.length > 0)
          warnings.push(`Server metrics: did not ask for ${skipped.join(', ')} either: the first failure says why.`);
        break;
      }
      continue;
    }
    if (answer.series.every((s) => s.points.length === 0)) {
      warnings.push(
        `Server metrics: Prometheus at ${displayUrl(request.prometheusUrl)} has no ${label} data for the run (query \`${queries[figure]}\`): is the app's /actuator/prometheus scraped, or does serverMetrics.queries.${figure} need another query?`,
      );
      continue;
    }
    series[figure] = answer.series;
  }
  const serverStages = stageServerMetrics(windows, series);
  if (noServerFigures(serverStages)) return { serverStages: null, bottleneck: null, warnings };
  return { serverStages, bottleneck: findBottleneck(request.result.stages, serverStages)?.line ?? null, warnings };
}
