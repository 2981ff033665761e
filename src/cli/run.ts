/**
 * `perf-gate run`: the whole gate from a terminal, with the action's inputs as flags. Secrets
 * are read from the environment (AUTH_TOKEN, PROMETHEUS_AUTH_HEADER), never from argv.
 */
import { run } from '../main.js';
import { dropActionsDebugLines, terminalIO } from './terminal-io.js';

/** Inputs that may be given as --flag VALUE; the rest of action.yml's are secrets or CI-only. */
export const RUN_FLAGS = [
  'scenario',
  'base-url',
  'booth-id',
  'thresholds',
  'profile',
  'k6-version',
  'k6-path',
  'k6-download-base-url',
  'results-file',
  'segment',
  'start-at',
  'fail-on',
  'confirm',
  'prometheus-url',
  'grafana-url',
  'comment-author',
  'allow-paths-outside-workspace',
  'history',
  'history-branch',
  'history-mode',
  'history-size',
  'min-change',
] as const;

/** Secret inputs: refused as flags, read from these environment variables instead. */
export const SECRET_FLAGS: Record<string, string> = {
  'auth-token': 'AUTH_TOKEN',
  'prometheus-auth-header': 'PROMETHEUS_AUTH_HEADER',
  'github-token': 'GITHUB_TOKEN',
};

/** Inputs a terminal run fixes: no PR to comment on. */
export const FIXED_INPUTS: Record<string, string> = { comment: 'never' };

export type RunArgs = { inputs: Record<string, string> } | { error: string };

export function parseRunArgs(args: string[], env: NodeJS.ProcessEnv): RunArgs {
  const inputs: Record<string, string> = { ...FIXED_INPUTS };
  for (let i = 0; i < args.length; i++) {
    const flag = (args[i] as string).replace(/^--/, '');
    const secretVariable = SECRET_FLAGS[flag];
    if (secretVariable)
      return {
        error: `--${flag} would put a secret in the process list: set ${secretVariable} in the environment instead`,
      };
    if (!(RUN_FLAGS as readonly string[]).includes(flag) || !(args[i] as string).startsWith('--')) {
      return { error: `unknown option ${args[i]}` };
    }
    const value = args[++i];
    if (value === undefined) return { error: `--${flag} needs a value` };
    inputs[flag] = value;
  }
  if (env.AUTH_TOKEN) inputs['auth-token'] = env.AUTH_TOKEN;
  if (env.PROMETHEUS_AUTH_HEADER) inputs['prometheus-auth-header'] = env.PROMETHEUS_AUTH_HEADER;
  return { inputs };
}

/** Runs the gate; exit 0 when the step would pass, 1 when it would fail. */
export async function runGate(
  inputs: Record<string, string>,
  print: { out(text: string): void; err(text: string): void },
): Promise<number> {
  dropActionsDebugLines();
  const { io, run: outcome } = terminalIO(inputs, print);
  await run(io);
  print.out(`\nverdict: ${outcome.outputs.verdict ?? 'none'}\n`);
  return outcome.failure === null ? 0 : 1;
}
