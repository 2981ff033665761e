/**
 * The action's entry: read the config, run the gate (src/gate/run.ts), and turn any error into
 * the step's failure. The Actions runner is the host unless a test or the CLI gives another.
 */
import { actionsIO } from './actions-io.js';
import type { ActionIO } from './core/io.js';
import { readConfig } from './config/inputs.js';
import { actionRoot } from './config/paths.js';
import type { ActionConfig } from './config/types.js';
import { failStep } from './gate/failure.js';
import type { RunnerProbe } from './gate/k6.js';
import { runGate } from './gate/run.js';
import { readRunEvent, type RunEvent } from './github/context.js';
import { authHeaderSecrets } from './metrics/prometheus-client.js';
import { plannedRunMs } from '../scenarios/lib/options.js';

export type { RunnerProbe };

export async function run(io: ActionIO = actionsIO(), runner: RunnerProbe = {}): Promise<void> {
  let config: ActionConfig | null = null;
  let event: RunEvent | null = null;
  try {
    const environment = configEnvironment(io);
    config = readConfig(io.getInput, environment);
    maskSecrets(io, config);
    event = readRunEvent(io.env);
    await runGate({ io, config, event, environment, runner });
  } catch (error) {
    await failStep(io, error, config, event);
  }
}

function maskSecrets(io: ActionIO, config: ActionConfig): void {
  if (config.authToken) io.setSecret(config.authToken);
  if (config.githubToken) io.setSecret(config.githubToken);
  for (const secret of authHeaderSecrets(config.prometheus?.authHeader)) io.setSecret(secret);
}

function configEnvironment(io: ActionIO) {
  return {
    cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
    actionRoot: actionRoot(),
    tempDir: io.env.RUNNER_TEMP || '',
    nowMs: Date.now(),
    plannedRunMs,
  };
}
