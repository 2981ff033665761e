/**
 * `perf-gate run`: the whole gate from a terminal, with the action's inputs as flags. Secrets
 * are read from the environment (AUTH_TOKEN, PROMETHEUS_AUTH_HEADER), never from argv.
 */
import path from 'node:path';
import { CONFIG_INPUTS, INPUT_DEFAULTS, INPUT_TABLE, type InputRow } from '../config/input-table.js';
import { k6PathInUse } from '../k6/install.js';
import { CLI_REMEDIES, findTerminalK6, type K6Remedies, type TerminalK6 } from '../k6/terminal-k6.js';
import { run } from '../main.js';
import { createRunFolder, removeIfEmpty } from './run-folder.js';
import { RESULTS_FILE_NAME } from '../k6/results-written.js';
import { runHelp } from './run-help.js';
import { dropActionsDebugLines, terminalIO } from './terminal-io.js';

/** Secret inputs: refused as flags, read from these environment variables instead. */
export const SECRET_FLAGS: Record<string, string> = Object.fromEntries(
  INPUT_TABLE.flatMap((row: InputRow) => (row.secretEnv ? [[row.name, row.secretEnv]] : [])),
);

/** Every other input of action.yml is a --flag VALUE. */
export const RUN_FLAGS: readonly string[] = CONFIG_INPUTS.filter((name) => !Object.hasOwn(SECRET_FLAGS, name));

/** Defaults that differ from the action's (config/input-table.ts says why). */
export const CLI_DEFAULTS: Record<string, string> = Object.fromEntries(
  INPUT_TABLE.flatMap((row: InputRow) =>
    row.terminal?.default === undefined ? [] : [[row.name, row.terminal.default]],
  ),
);

/** What an empty value stands for (config/input-table.ts), said as the default in the help. */
export const HELP_EMPTY_MEANS: Record<string, string> = Object.fromEntries(
  INPUT_TABLE.flatMap((row: InputRow) => (row.emptyMeans === undefined ? [] : [[row.name, row.emptyMeans]])),
);

/** `perf-gate run --help`. */
export const RUN_HELP = runHelp({
  secrets: SECRET_FLAGS,
  terminalDefaults: CLI_DEFAULTS,
  terminalNotes: Object.fromEntries(
    INPUT_TABLE.flatMap((row: InputRow) => (row.terminal?.note === undefined ? [] : [[row.name, row.terminal.note]])),
  ),
  emptyMeans: HELP_EMPTY_MEANS,
});

export type RunArgs = { inputs: Record<string, string> } | { error: string };

export function parseRunArgs(args: string[], env: NodeJS.ProcessEnv): RunArgs {
  const inputs: Record<string, string> = { ...CLI_DEFAULTS };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    // --flag=value or --flag value
    const equals = arg.indexOf('=');
    const flag = (equals > 0 ? arg.slice(0, equals) : arg).replace(/^--/, '');
    const secretVariable = SECRET_FLAGS[flag];
    if (secretVariable)
      return {
        error: `--${flag} would put a secret in the process list: set ${secretVariable} in the environment instead`,
      };
    if (!RUN_FLAGS.includes(flag) || !arg.startsWith('--')) {
      return { error: `unknown option ${equals > 0 ? arg.slice(0, equals) : arg} (perf-gate run --help lists them)` };
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined) return { error: `--${flag} needs a value` };
    inputs[flag] = value;
  }
  for (const [name, variable] of Object.entries(SECRET_FLAGS)) {
    const value = env[variable];
    if (value) inputs[name] = value;
  }
  return { inputs };
}

export interface RunGateOptions {
  /** Where .perf-gate/runs is kept. */
  cwd?: string;
  findK6?: typeof findTerminalK6;
  /** How the "no k6" message tells the user to give one (the CLI's flags by default). */
  remedies?: K6Remedies;
}

/**
 * Runs the gate; exit 0 when the step would pass, 1 when it would fail. Only the report goes to
 * stdout (so `run > report.md` holds the report alone); progress, the results folder and the
 * verdict go to stderr.
 */
export async function runGate(
  inputs: Record<string, string>,
  print: { out(text: string): void; err(text: string): void },
  options: RunGateOptions = {},
): Promise<number> {
  const { cwd = process.cwd(), findK6 = findTerminalK6, remedies = CLI_REMEDIES } = options;
  dropActionsDebugLines();
  let pipelinePrint = print;
  // Without a base URL the pipeline refuses the call before any k6 is needed.
  if (!inputs['results-file'] && inputs['base-url']) {
    const found = await terminalK6(inputs, findK6, remedies);
    if ('problem' in found) {
      print.err(`error: ${found.problem}\n`);
      return 1;
    }
    print.err(`${found.said}\n`);
    inputs = { ...inputs, 'k6-path': found.k6.k6Path, 'k6-version': found.k6.version };
    // The pipeline is handed that k6 as its k6-path and would say so again, "from k6-path" even
    // for the one found on PATH: the line above already said which k6 runs.
    const again = `${k6PathInUse(found.k6.version, found.k6.k6Path)}\n`;
    pipelinePrint = { out: print.out, err: (text) => (text === again ? undefined : print.err(text)) };
  }
  const folder = createRunFolder(cwd, inputs.scenario ?? '');
  const { io, run: outcome } = terminalIO(inputs, pipelinePrint, { RUNNER_TEMP: folder });
  await run(io);
  // The pipeline keeps its files in <RUNNER_TEMP>/perf-gate (config/inputs.ts).
  const files = path.join(path.relative(cwd, folder), 'perf-gate');
  const k6Ran = !inputs['results-file'];
  if (removeIfEmpty(cwd, folder)) {
    // Refused before anything was written: nothing to point at.
  } else if (outcome.outputs['report-json'])
    print.err(`results: ${files}${path.sep} (${k6Ran ? `${RESULTS_FILE_NAME}, ` : ''}perf-gate-report.json)\n`);
  print.err(`verdict: ${outcome.outputs.verdict ?? 'none'}\n`);
  return outcome.failure === null ? 0 : 1;
}

/** The k6 a terminal run uses: --k6-path, else any k6 on PATH unless --k6-version asks for a release. */
function terminalK6(
  inputs: Record<string, string>,
  findK6: typeof findTerminalK6,
  remedies: K6Remedies,
): Promise<TerminalK6> {
  return findK6(
    {
      k6Path: inputs['k6-path'] || null,
      version: inputs['k6-version'] || null,
      defaultVersion: INPUT_DEFAULTS['k6-version'],
      downloadBaseUrl: inputs['k6-download-base-url'] || INPUT_DEFAULTS['k6-download-base-url'],
    },
    remedies,
  );
}
