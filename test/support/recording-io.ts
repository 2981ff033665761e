import { PassThrough } from 'node:stream';
import type { ActionIO } from '../../src/core/io.js';

/** An ActionIO that records everything the pipeline says, for in-process runs of run(). */
export function recordingIO(inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const said = {
    outputs: {} as Record<string, string>,
    secrets: [] as string[],
    info: [] as string[],
    warnings: [] as string[],
    failures: [] as string[],
    summaries: [] as string[],
    /** The log in order: info lines, and group openings and closings as `::group::name` / `::endgroup::`. */
    log: [] as string[],
  };
  const io: ActionIO = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      said.outputs[name] = value;
    },
    setSecret: (value) => said.secrets.push(value),
    info: (message) => {
      said.info.push(message);
      said.log.push(message);
    },
    startGroup: (name) => said.log.push(`::group::${name}`),
    endGroup: () => said.log.push('::endgroup::'),
    warning: (message) => said.warnings.push(message),
    setFailed: (message) => said.failures.push(message),
    writeSummary: async (markdown) => {
      said.summaries.push(markdown);
    },
    k6Log: new PassThrough().resume(),
    env,
  };
  return { io, said };
}
