/**
 * The PromQL behind each server input: the thresholds file's override where it gives one,
 * the catalogue's default (Micrometer's names) otherwise.
 */
import { SERVER_INPUT_KEYS, SERVER_INPUTS, type ServerInput } from '../figures/server-inputs.js';

/** The `serverMetrics.queries` map of a thresholds file: any input's query replaced. */
export type ServerMetricsQueries = Partial<Record<ServerInput, string>>;

/** The query for every input: the override where given, Micrometer's default otherwise. */
export function resolveQueries(overrides: ServerMetricsQueries = {}): Record<ServerInput, string> {
  const entries = SERVER_INPUT_KEYS.map((input) => [input, overrides[input] ?? SERVER_INPUTS[input].query] as const);
  return Object.fromEntries(entries) as Record<ServerInput, string>;
}
