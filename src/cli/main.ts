/**
 * perf-gate from a terminal. A dispatcher over subcommands; each takes its arguments and the
 * streams to write to, so it can be tested without a process. The process entry is index.ts.
 *   perf-gate analyze <file> [--json] [--stages enqueue|spike]
 *   perf-gate baseline <file>…
 *   perf-gate run --base-url URL [--scenario enqueue] [--profile quick] …
 *   perf-gate <command> --help
 */
import { analyze, BUNDLED_STAGE_PLANS } from './analyze.js';
import { baseline } from './baseline.js';
import { USAGE, usageError, type CliIo, type Subcommand } from './usage.js';

export { BUNDLED_STAGE_PLANS };
export type { CliIo, Subcommand };

/**
 * `run` loads the whole pipeline (@actions/*, k6 install, GitHub) only when asked for: in the
 * bundle that is a separate chunk, so `analyze` starts without parsing it.
 */
const runCommand: Subcommand = async (args, io, cwd) => {
  if (wantsHelp(args)) {
    const { RUN_HELP } = await import('./run.js');
    io.stdout(RUN_HELP);
    return 0;
  }
  const { parseRunArgs, runGate } = await import('./run.js');
  const parsed = parseRunArgs(args, process.env);
  if ('error' in parsed) return usageError(io, parsed.error);
  return runGate(parsed.inputs, { out: io.stdout, err: io.stderr }, { cwd });
};

/** `--help` or `-h` anywhere among a subcommand's arguments asks for its help (exit 0). */
export const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

const SUBCOMMANDS: Record<string, Subcommand> = { analyze, baseline, run: runCommand };

/** `cwd`: where terminal runs keep .perf-gate/runs (tests give a temporary folder). */
export async function main(argv: string[], io: CliIo, cwd: string = process.cwd()): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  const subcommand = SUBCOMMANDS[command];
  if (!subcommand) return usageError(io, `unknown command "${command}"`);
  return subcommand(args, io, cwd);
}
