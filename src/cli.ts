/**
 * perf-gate from a terminal. A dispatcher over subcommands; each takes its arguments and the
 * streams to write to, so it can be tested without a process.
 *   perf-gate analyze <file> [--json] [--stages enqueue|spike]
 *   perf-gate run --base-url URL [--scenario enqueue] [--profile quick] …
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnalysisError, analyzeFile } from './results/analyze.js';
import { formatRunResult } from './results/format-table.js';
import type { StagePlan } from './results/types.js';
import { stagePlanFor } from '../scenarios/lib/options.js';
import { parseRunArgs, runGate } from './cli-run.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Subcommand = (args: string[], io: CliIo) => Promise<number>;

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

/** The stage plans of the bundled scenarios' full profile (Festin's guide), for --stages. */
export const BUNDLED_STAGE_PLANS: Record<string, StagePlan> = {
  enqueue: stagePlanFor('enqueue', 'full'),
  spike: stagePlanFor('spike', 'full'),
};

const analyze: Subcommand = async (args, io) => {
  let file: string | undefined;
  let json = false;
  let stagePlan: StagePlan | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--stages') {
      const name = args[++i] ?? '';
      stagePlan = BUNDLED_STAGE_PLANS[name];
      if (!stagePlan)
        return usageError(io, `--stages takes one of ${Object.keys(BUNDLED_STAGE_PLANS).join(', ')}; got "${name}"`);
    } else if (arg.startsWith('-')) return usageError(io, `unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else return usageError(io, `one file only; got "${file}" and "${arg}"`);
  }
  if (file === undefined) return usageError(io, 'analyze needs the k6 results file');
  try {
    const result = await analyzeFile(file, { stagePlan });
    io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : formatRunResult(result));
    return 0;
  } catch (error) {
    if (error instanceof AnalysisError) {
      io.stderr(`perf-gate: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
};

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

function usageError(io: CliIo, message: string): number {
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
