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
import { USAGE, usageError, type CliIo, type Subcommand } from './usage.js';

export { BUNDLED_STAGE_PLANS };
export type { CliIo, Subcommand };

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
