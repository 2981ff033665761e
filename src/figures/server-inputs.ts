/**
 * What perf-gate asks Prometheus for: one row per query. Some rows are figures a check can
 * name (CPU, DB pool pending...); others only help read them (the pool's size for "active at
 * max", GC pause time for the pause average) and no check names them. The default PromQL uses
 * the names Spring Boot's Micrometer exports; a thresholds file can replace any query under
 * `serverMetrics.queries.<key>`.
 */

/** How a query's points become one number per stage. */
export type Reduction = 'mean' | 'max' | 'increase';

export interface ServerInputRow {
  /** For warnings: "CPU usage", "DB pool pending"... */
  label: string;
  reduction: Reduction;
  /** Default PromQL (Micrometer's names). */
  query: string;
  /** What the query must return, for the schema's description. */
  expects: string;
  /** The ServerStageMetrics field the stage's number lands in. */
  field: string;
  /** Multiplies the reduced number into the field's unit (seconds → ms). */
  scale?: number;
}

/** In the order perf-gate asks, which is also the order of `serverMetrics.queries` in the schema. */
export const SERVER_INPUTS = {
  cpu: {
    label: 'CPU usage',
    reduction: 'mean',
    query: 'avg(process_cpu_usage)',
    expects: 'process CPU usage as a fraction 0..1 (averaged over the stage)',
    field: 'cpu',
  },
  poolPending: {
    label: 'DB pool pending',
    reduction: 'max',
    query: 'max(hikaricp_connections_pending)',
    expects: 'threads waiting for a DB connection (highest in the stage)',
    field: 'poolPending',
  },
  poolActive: {
    label: 'DB pool active',
    reduction: 'max',
    query: 'max(hikaricp_connections_active)',
    expects: 'DB connections in use (highest in the stage)',
    field: 'poolActiveMax',
  },
  poolMax: {
    label: 'DB pool size',
    reduction: 'max',
    query: 'max(hikaricp_connections_max)',
    expects: "the pool's maximum size",
    field: 'poolMax',
  },
  heapUsedRatio: {
    label: 'JVM heap used',
    reduction: 'max',
    // Spaces without a defined max report -1 (G1 Eden, Survivor): leave them out of the total.
    query:
      'max(sum by (instance) (jvm_memory_used_bytes{area="heap"}) / sum by (instance) (jvm_memory_max_bytes{area="heap"} > 0))',
    expects: 'heap used / max as a fraction 0..1 (highest in the stage)',
    field: 'heapUsedRatio',
  },
  gcPauses: {
    label: 'GC pause count',
    reduction: 'increase',
    query: 'sum(jvm_gc_pause_seconds_count)',
    expects: 'a cumulative counter of GC pauses (its increase over the stage is used)',
    field: 'gcPauses',
  },
  gcPauseSeconds: {
    label: 'GC pause time',
    reduction: 'increase',
    query: 'sum(jvm_gc_pause_seconds_sum)',
    expects: 'a cumulative counter of seconds spent in GC pauses (its increase over the stage is used)',
    field: 'gcPauseMs',
    scale: 1000,
  },
} as const satisfies Record<string, ServerInputRow>;

/** A query key, as `serverMetrics.queries` spells it: cpu, poolPending, poolActive... */
export type ServerInput = keyof typeof SERVER_INPUTS;

/** A ServerStageMetrics field a server input fills. */
export type ServerField = (typeof SERVER_INPUTS)[ServerInput]['field'];

export const SERVER_INPUT_KEYS = Object.keys(SERVER_INPUTS) as ServerInput[];
