import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { UserError } from '../errors/user-error.js';
import type { K6Exit } from './exit-codes.js';
import { runK6 } from './run.js';
import { segmentArguments, segmentLabel, segmentResultsName, type Segment } from './segments.js';

/** What the run step needs: the script, where it writes, and the scenario's variables. */
export interface ScenarioRunRequest {
  k6Path: string;
  scriptPath: string;
  /** Folder k6's NDJSON is written to. */
  workDir: string;
  baseUrl: string;
  boothId: number;
  profile: string;
  /** A secret: reaches k6 through its environment only. */
  authToken: string | null;
  /** This runner's share of a test split over several (k6 execution segments). */
  segment?: Segment | null;
}

/** The NDJSON a k6 run wrote, and how the run ended. */
export interface ScenarioRun {
  resultsPath: string;
  exit: K6Exit;
  errorLine: string | null;
}

/** A k6 run that left nothing worth judging: the message carries k6's own error line. */
export class K6RunError extends UserError {
  override name = 'K6RunError';
}

/** Runs the scenario with k6; throws a K6RunError when the run left nothing to judge. */
export async function runScenario(request: ScenarioRunRequest, k6Log: Writable): Promise<ScenarioRun> {
  const outcome = await runK6({
    k6Path: request.k6Path,
    scriptPath: request.scriptPath,
    resultsPath: path.join(
      request.workDir,
      request.segment ? segmentResultsName(request.segment) : 'k6-results.ndjson',
    ),
    scriptEnv: scriptEnvironment(request),
    extraArgs: request.segment ? segmentArguments(request.segment) : [],
    log: k6Log,
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
  return { resultsPath: outcome.resultsPath, exit: outcome.exit, errorLine: outcome.errorLine };
}

/** The scenario's variables; AUTH_TOKEN travels here and only here. */
function scriptEnvironment(request: ScenarioRunRequest): Record<string, string> {
  const env: Record<string, string> = {
    BASE_URL: request.baseUrl,
    BOOTH_ID: String(request.boothId),
    PROFILE: request.profile,
  };
  if (request.authToken) env.AUTH_TOKEN = request.authToken;
  // setup() logs in only this segment's test users (scenarios/lib/segments.js).
  if (request.segment) env.SEGMENT = segmentLabel(request.segment);
  return env;
}

/** The folder k6 writes to, made before anything is installed or sent. */
export async function prepareWorkDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new K6RunError(
      `Cannot create the results folder ${dir} (${code}). Free disk space or point RUNNER_TEMP at a writable folder.`,
    );
  }
}
