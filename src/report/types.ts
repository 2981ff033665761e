import type { Verdict } from '../judge/types.js';
import type { RunResult } from '../results/types.js';

/** What the report says about the run beyond the numbers: its headline facts. */
export interface RunContext {
  scenario: string;
  profile: string;
  /** Target base URL (never with credentials). */
  target: string | null;
  k6Version: string | null;
  /** Commit SHA the run was made for. */
  commit: string | null;
  /** Command that reproduces the run locally (no secrets in it). */
  reproduce: string;
  /** Did teardown() remove the test users from the lines? null when unknown. */
  cleanedUp: boolean | null;
  /** k6 ended early (crash, kill, abort): the results are partial. */
  incomplete: boolean;
  /** One line on why the run was incomplete or the target unreachable, if so. */
  incompleteReason: string | null;
}

/**
 * Server-side figures for one stage (from Prometheus, a later feature). Ratios are
 * fractions 0..1; null when the metric was not scraped. Rows appear only when given.
 */
export interface ServerStageMetrics {
  /** Index into RunResult.stages. */
  stageIndex: number;
  /** Average process CPU usage over the stage, 0..1. */
  cpu: number | null;
  /** Most DB connections waiting for the pool during the stage (Hikari pending). */
  poolPending: number | null;
  /** Most DB connections in use at once during the stage. */
  poolActiveMax: number | null;
  /** Highest JVM heap used / max during the stage, 0..1. */
  heapUsedRatio: number | null;
  /** The pool's maximum size (Hikari max), for "active at max". */
  poolMax?: number | null;
  /** GC pauses during the stage. */
  gcPauses?: number | null;
  /** Time spent in those GC pauses, ms. */
  gcPauseMs?: number | null;
}

/** Everything renderReport needs; none of it may hold secrets (setup_data is never passed in). */
export interface ReportInput {
  result: RunResult;
  verdict: Verdict;
  context: RunContext;
  /** Server metrics per stage; the CPU / pool / heap rows appear only when given. */
  serverStages?: ServerStageMetrics[];
  /** One line naming the likely bottleneck (CPU, DB connection, Redis, network). */
  bottleneck?: string | null;
  /** Link to the Grafana dashboard for the run's time range. */
  dashboardUrl?: string | null;
}
