import type { ActionIO } from '../core/io.js';

/** What a terminal run of the pipeline ended with. */
export interface TerminalRun {
  outputs: Record<string, string>;
  failure: string | null;
}

/**
 * The pipeline's host outside Actions: inputs from a map, the report printed as markdown on
 * stdout, progress on stderr, secrets replaced by *** in everything printed.
 */
export function terminalIO(
  inputs: Record<string, string>,
  print: { out(text: string): void; err(text: string): void },
  envOverrides: Record<string, string> = {},
) {
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
  const run: TerminalRun = { outputs: {}, failure: null };
  const io: ActionIO = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      run.outputs[name] = value;
    },
    setSecret: (value) => {
      if (value !== '') secrets.push(value);
    },
    info: (message) => print.err(`${mask(message)}\n`),
    warning: (message) => print.err(`warning: ${mask(message)}\n`),
    setFailed: (message) => {
      run.failure = mask(message);
      print.err(`error: ${run.failure}\n`);
    },
    // A terminal has no collapsing: the section is titled so the k6 output reads apart.
    startGroup: (name) => print.err(`--- ${mask(name)}\n`),
    endGroup: () => undefined,
    writeSummary: async (markdown) => print.out(`${mask(markdown)}\n`),
    k6Log: process.stderr,
    // No pull request to comment on unless a comment was asked for (then a workflow's event is used).
    env: {
      ...process.env,
      ...(inputs.comment === 'never' ? { GITHUB_EVENT_PATH: '' } : {}),
      GITHUB_STEP_SUMMARY: '',
      ...envOverrides,
    },
  };
  return { io, run };
}

/**
 * @actions/core writes `::debug::` workflow commands to stdout wherever it runs (the tool
 * cache logs through it); on a terminal they are noise, so drop them.
 */
export function dropActionsDebugLines(): void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}
