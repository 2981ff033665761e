/**
 * The step's outputs: the one table of their names, as action.yml declares them (a test keeps
 * the two equal). Every output is set through setOutputs, so no step can set a name the action
 * does not declare.
 */
import type { ActionIO } from '../core/io.js';

export const OUTPUT_NAMES = [
  'verdict',
  'p95-ms',
  'p99-ms',
  'error-rate',
  'rps',
  'report-json',
  'comment-url',
  'load-generator',
  'results-file',
  'results-file-2',
  'baseline',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Sets the outputs given, in the table's order. */
export function setOutputs(io: Pick<ActionIO, 'setOutput'>, values: Partial<Record<OutputName, string>>): void {
  for (const name of OUTPUT_NAMES) {
    const value = values[name];
    if (value !== undefined) io.setOutput(name, value);
  }
}
