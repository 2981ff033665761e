/**
 * perf-gate from a terminal. A dispatcher over subcommands; each takes its arguments and the
 * streams to write to, so it can be tested without a process.
 *   perf-gate analyze <file> [--json] [--stages enqueue|spike]
 *   perf-gate run --base-url URL [--scenario enqueue] [--profile quick] …
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, BUNDLED_STAGE_PLANS } from './analyze.js';
import { parseRunArgs, runGate } from './run.js';

export { BUNDLED_STAGE_PLANS };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

const USAGE = `usage: perf-gate <command> [options]

commands:
  analyze <file> [--json] [--stages enqueue|spike]
      Analyse a k6 results file (k6 run --out json=FILE, plain or .gz).
      --json     print the RunResult as JSON instead of tables
      --stages   cut requests without a stage tag into the stages of a bundled scenario
  run --base-url URL [--scenario S] [--profile P] [--booth-id N] [--thresholds FILE]
      [--k6-path K6] [--k6-version V] [--results-file FILE] [--fail-on F] [--prometheus-url URL] …
      The whole gate, as the action runs it: prints the report and the verdict, exits 1 when
      the step would fail. Secrets come from the environment: AUTH_TOKEN, PROMETHEUS_AUTH_HEADER.
`;

const runCommand: Subcommand = async (args, io) => {
  const parsed = parseRunArgs(args, process.env);
  if ('error' in parsed) return usageError(io, parsed.error);
  return runGate(parsed.inputs, { out: io.stdout, err: io.stderr });
};

const SUBCOMMANDS: Record<string, Subcommand> = { analyze, run: runCommand };

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  const subcommand = SUBCOMMANDS[command];
  if (!subcommand) return usageError(io, `unknown command "${command}"`);
  return subcommand(args, io);
}

export function usageError(io: CliIo, message: string): number {
  io.stderr(`perf-gate: ${message}\n\n${USAGE}`);
  return 2;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`perf-gate: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
