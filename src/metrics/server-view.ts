import type { PrometheusSource } from '../config/types.js';
import type { ServerMetricsQueries } from './queries.js';
import { collectServerMetrics } from './collect.js';
import { grafanaDashboardUrl } from './grafana.js';
import { runWindow } from './server-metrics.js';
import type { ServerStageMetrics } from './types.js';
import type { RunResult } from '../results/types.js';

export interface ServerView {
  serverStages: ServerStageMetrics[] | null;
  bottleneck: string | null;
  dashboardUrl: string | null;
}

/** Server figures for the report and the judge; nothing at all when no Prometheus is configured. */
export async function serverView(
  sources: { prometheus: PrometheusSource | null; grafanaUrl: string | null },
  result: RunResult,
  queries: ServerMetricsQueries,
  warn: (message: string) => void,
): Promise<ServerView> {
  const window = runWindow(result);
  const dashboardUrl = sources.grafanaUrl && window ? grafanaDashboardUrl(sources.grafanaUrl, window) : null;
  if (sources.prometheus === null) return { serverStages: null, bottleneck: null, dashboardUrl };
  const collected = await collectServerMetrics({
    prometheusUrl: sources.prometheus.url,
    authHeader: sources.prometheus.authHeader,
    queries,
    result,
  });
  for (const warning of collected.warnings) warn(warning);
  return { serverStages: collected.serverStages, bottleneck: collected.bottleneck, dashboardUrl };
}
