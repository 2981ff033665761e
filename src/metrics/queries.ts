/**
 * The PromQL behind each server figure. The defaults use the names Spring Boot's Micrometer
 * exports (Festin's /actuator/prometheus); a thresholds file can replace any of them for
 * another stack under `serverMetrics.queries`.
 */
import { z } from 'zod';

/** The figures perf-gate asks Prometheus for, in the order it asks. */
export const SERVER_FIGURES = [
  'cpu',
  'poolPending',
  'poolActive',
  'poolMax',
  'heapUsedRatio',
  'gcPauses',
  'gcPauseSeconds',
] as const;
export type ServerFigure = (typeof SERVER_FIGURES)[number];

/** How a figure's points become one number per stage. */
export type Reduction = 'mean' | 'max' | 'increase';

export interface FigureDefinition {
  /** For warnings: "CPU usage", "DB pool pending"... */
  label: string;
  reduction: Reduction;
  query: string;
  /** What the query must return, for the schema's description. */
  expects: string;
}

export const FIGURE_DEFINITIONS: Record<ServerFigure, FigureDefinition> = {
  cpu: {
    label: 'CPU usage',
    reduction: 'mean',
    query: 'avg(process_cpu_usage)',
    expects: 'process CPU usage as a fraction 0..1 (averaged over the stage)',
  },
  poolPending: {
    label: 'DB pool pending',
    reduction: 'max',
    query: 'max(hikaricp_connections_pending)',
    expects: 'threads waiting for a DB connection (highest in the stage)',
  },
  poolActive: {
    label: 'DB pool active',
    reduction: 'max',
    query: 'max(hikaricp_connections_active)',
    expects: 'DB connections in use (highest in the stage)',
  },
  poolMax: {
    label: 'DB pool size',
    reduction: 'max',
    query: 'max(hikaricp_connections_max)',
    expects: "the pool's maximum size",
  },
  heapUsedRatio: {
    label: 'JVM heap used',
    reduction: 'max',
    // Spaces without a defined max report -1 (G1 Eden, Survivor): leave them out of the total.
    query:
      'max(sum by (instance) (jvm_memory_used_bytes{area="heap"}) / sum by (instance) (jvm_memory_max_bytes{area="heap"} > 0))',
    expects: 'heap used / max as a fraction 0..1 (highest in the stage)',
  },
  gcPauses: {
    label: 'GC pause count',
    reduction: 'increase',
    query: 'sum(jvm_gc_pause_seconds_count)',
    expects: 'a cumulative counter of GC pauses (its increase over the stage is used)',
  },
  gcPauseSeconds: {
    label: 'GC pause time',
    reduction: 'increase',
    query: 'sum(jvm_gc_pause_seconds_sum)',
    expects: 'a cumulative counter of seconds spent in GC pauses (its increase over the stage is used)',
  },
};

const promql = (figure: ServerFigure) =>
  z
    .string()
    .trim()
    .min(1, {
      error: `expected a PromQL expression for ${figure}, e.g. ${JSON.stringify(FIGURE_DEFINITIONS[figure].query)}`,
    })
    .optional()
    .describe(`PromQL returning ${FIGURE_DEFINITIONS[figure].expects}. Default: ${FIGURE_DEFINITIONS[figure].query}`);

/** The `serverMetrics.queries` map of a thresholds file: any figure's query replaced. */
export const serverMetricsQueries = z
  .strictObject({
    cpu: promql('cpu'),
    poolPending: promql('poolPending'),
    poolActive: promql('poolActive'),
    poolMax: promql('poolMax'),
    heapUsedRatio: promql('heapUsedRatio'),
    gcPauses: promql('gcPauses'),
    gcPauseSeconds: promql('gcPauseSeconds'),
  })
  .describe(
    'PromQL per server figure, for stacks other than Spring Boot + Micrometer. Each is run with /api/v1/query_range over the run.',
  );

export type ServerMetricsQueries = z.infer<typeof serverMetricsQueries>;

/** The query for every figure: the override where given, Micrometer's default otherwise. */
export function resolveQueries(overrides: ServerMetricsQueries = {}): Record<ServerFigure, string> {
  const entries = SERVER_FIGURES.map(
    (figure) => [figure, overrides[figure] ?? FIGURE_DEFINITIONS[figure].query] as const,
  );
  return Object.fromEntries(entries) as Record<ServerFigure, string>;
}
