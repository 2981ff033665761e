import type { Writable } from 'node:stream';

/**
 * The one log every stage writes to. `debug` is optional: only the Actions log has a level for
 * it, and a stage that has something to say there says it with `log.debug?.(…)`.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}

/**
 * Everything the pipeline says to or hears from its host: the Actions runner in production,
 * a terminal for the CLI and the demo. Only the edge (src/actions-io.ts) touches @actions/core.
 */
export interface ActionIO extends Log {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  setFailed(message: string): void;
  /** Opens a collapsed section of the log (k6's live output); the next endGroup closes it. */
  startGroup(name: string): void;
  endGroup(): void;
  writeSummary(markdown: string): Promise<void>;
  /** Where k6's live output goes (the job log). */
  k6Log: Writable;
  env: NodeJS.ProcessEnv;
}
