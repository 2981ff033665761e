import type { Writable } from 'node:stream';
import * as core from '@actions/core';

/**
 * Everything the pipeline says to or hears from its host: the Actions runner in production,
 * a terminal for the CLI and the demo. The rest of the code never touches @actions/core's
 * input/output functions directly.
 */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  info(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
  /** Opens a collapsed section of the log (k6's live output); the next endGroup closes it. */
  startGroup(name: string): void;
  endGroup(): void;
  writeSummary(markdown: string): Promise<void>;
  /** Where k6's live output goes (the job log). */
  k6Log: Writable;
  env: NodeJS.ProcessEnv;
}

export function actionsIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    setFailed: (message) => core.setFailed(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    k6Log: process.stdout,
    env: process.env,
  };
}
