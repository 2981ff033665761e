/** What the server metrics stage gives the judge and the report. Types only. */
import type { ServerField } from '../figures/server-inputs.js';

/**
 * Server-side figures for one stage, from Prometheus. Ratios are fractions 0..1; null when
 * the metric was not scraped. Report rows appear only when given.
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

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * Fails to compile when the server inputs (figures/server-inputs.ts) and these fields drift
 * apart: every field is filled by one query, and every query fills a field.
 */
export type ServerFieldsMatchInputs = Assert<Same<ServerField, Exclude<keyof ServerStageMetrics, 'stageIndex'>>>;
