import * as core from '@actions/core';
import type { ActionIO } from './core/io.js';

/** The Actions runner as the pipeline's host: the one module that imports @actions/core's log and I/O. */
export function actionsIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
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
