import type { ActionIO } from '../action-io.js';
import type { ActionConfig } from '../config/types.js';
import type { ServerMetricsQueries } from '../metrics/queries.js';
import { collectServerMetrics } from '../metrics/collect.js';
import { grafanaDashboardUrl } from '../metrics/grafana.js';
import { runWindow } from '../metrics/server-metrics.js';
import type { ServerStageMetrics } from '../metrics/types.js';
import type { RunResult } from '../results/types.js';

export interface ServerView {
  serverStages: ServerStageMetrics[] | null;
  bottleneck: string | null;
  dashboardUrl: string | null;
}

/** Server figures for the report and the judge; nothing at all when no Prometheus is configured. */
export async function serverView(
  config: ActionConfig,
  result: RunResult,
  queries: ServerMetricsQueries,
  io: ActionIO,
): Promise<ServerView> {
  const window = runWindow(result);
  const dashboardUrl = config.grafanaUrl && window ? grafanaDashboardUrl(config.grafanaUrl, window) : null;
  if (config.prometheus === null) return { serverStages: null, bottleneck: null, dashboardUrl };
  const collected = await collectServerMetrics({
    prometheusUrl: config.prometheus.url,
    authHeader: config.prometheus.authHeader,
    queries,
    result,
  });
  for (const warning of collected.warnings) io.warning(warning);
  return { serverStages: collected.serverStages, bottleneck: collected.bottleneck, dashboardUrl };
}
