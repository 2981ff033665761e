import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../action-io.js';
import type { ActionConfig } from '../config/types.js';
import type { K6Exit } from '../k6/exit-codes.js';
import { installK6 } from '../k6/install.js';
import { runK6 } from '../k6/run.js';
import { checkTargetReachable } from './preflight.js';

/** Where the NDJSON to judge came from, and how the k6 run that wrote it ended. */
export interface AcquiredResults {
  resultsPath: string;
  /** k6's version when perf-gate ran it; null in results-file mode. */
  k6Version: string | null;
  /** null in results-file mode. */
  exit: K6Exit | null;
  errorLine: string | null;
}

/** A k6 run that left nothing worth judging: the message carries k6's own error line. */
export class K6RunError extends Error {
  override name = 'K6RunError';
}

export async function acquireResults(config: ActionConfig, io: ActionIO): Promise<AcquiredResults> {
  if (config.resultsFile !== null) {
    io.info(`Judging the existing k6 results in ${config.resultsFile}`);
    return { resultsPath: config.resultsFile, k6Version: null, exit: null, errorLine: null };
  }
  await prepareWorkDir(config.workDir);
  await checkTargetReachable(config.baseUrl ?? '');
  const k6 = await installK6(
    { version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl },
    { log: { info: io.info, warning: io.warning, debug: () => {} } },
  );
  io.info(
    `Running ${path.basename(config.scenario.scriptPath)} (${config.profile}) with k6 v${k6.version} against ${config.baseUrl}`,
  );
  const outcome = await runK6({
    k6Path: k6.k6Path,
    scriptPath: config.scenario.scriptPath,
    resultsPath: path.join(config.workDir, 'k6-results.ndjson'),
    scriptEnv: scriptEnvironment(config),
    log: io.k6Log,
  });
  const written = await stat(outcome.resultsPath).then(
    (s) => s.size,
    () => 0,
  );
  if (!outcome.exit.analysable || written === 0) {
    const why = outcome.errorLine ? `: ${outcome.errorLine}` : '';
    throw new K6RunError(
      `The k6 run failed (${outcome.exit.meaning}${written === 0 ? '; no results written' : ''})${why}`,
    );
  }
  return { resultsPath: outcome.resultsPath, k6Version: k6.version, exit: outcome.exit, errorLine: outcome.errorLine };
}

/** The scenario's variables; AUTH_TOKEN travels here and only here. */
function scriptEnvironment(config: ActionConfig): Record<string, string> {
  const env: Record<string, string> = {
    BASE_URL: config.baseUrl ?? '',
    BOOTH_ID: String(config.boothId),
    PROFILE: config.profile,
  };
  if (config.authToken) env.AUTH_TOKEN = config.authToken;
  return env;
}

async function prepareWorkDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new K6RunError(
      `Cannot create the results folder ${dir} (${code}). Free disk space or point RUNNER_TEMP at a writable folder.`,
    );
  }
}
