import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../core/user-error.js';
import type { StagePlan } from '../results/types.js';
import type { K6Exit } from './exit-codes.js';
import { runK6 } from './run.js';
import { liveReader, startSampler, type RunnerReading, type RunnerSampler } from './runner-sampler.js';
import { stageLine, stageProgress } from './stage-progress.js';

/** Where the run is told: k6's live output inside collapsed log groups, one line per stage between them. */
export interface K6LogSink {
  k6Log: Writable;
  info(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}
import { RESULTS_FILE_NAME, resultsWritten } from './results-written.js';
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
  /** Starts the runner sampler; the live one by default (tests replay a recorded reader). */
  sampler?: () => RunnerSampler;
  /** The bundled scenario's stages, for the stage lines; absent for a custom script. */
  stagePlan?: StagePlan;
  /** This runner's share of a test split over several (k6 execution segments). */
  segment?: Segment | null;
  /** Duet mode: the base deployment, loaded side by side with baseUrl (scenarios/lib/duet.js). */
  baselineUrl?: string | null;
  /** 1 for the first run, 2 for the confirmation run: each run writes a file of its own. */
  runNumber?: number;
}

/**
 * The file a run writes. A confirmation run gets its own: k6 truncates the file it is given, so
 * a confirmation that crashed would otherwise erase the judged first run's results.
 */
export function runResultsName(segment: Segment | null | undefined, runNumber = 1): string {
  if (segment) return segmentResultsName(segment);
  return runNumber === 1 ? RESULTS_FILE_NAME : `k6-results-run-${runNumber}.ndjson.gz`;
}

/** The runner's readings while k6 ran, and when it ran (wall clock, ms). */
export interface RunnerTrace {
  readings: RunnerReading[];
  k6StartMs: number;
  k6EndMs: number;
}

/** The NDJSON a k6 run wrote, and how the run ended. */
export interface ScenarioRun {
  resultsPath: string;
  exit: K6Exit;
  errorLine: string | null;
  runner: RunnerTrace;
  /** k6's "Insufficient VUs" warning, when it printed one. */
  insufficientVus: string | null;
}

/** A k6 run that left nothing worth judging: the message carries k6's own error line. */
export class K6RunError extends UserError {
  override name = 'K6RunError';
}

/** Runs the scenario with k6; throws a K6RunError when the run left nothing to judge. */
export async function runScenario(request: ScenarioRunRequest, sink: K6LogSink): Promise<ScenarioRun> {
  const sampler = (request.sampler ?? (() => startSampler(liveReader())))();
  const k6StartMs = Date.now();
  const title = `k6 output: ${path.basename(request.scriptPath)}`;
  sink.startGroup(title);
  let outcome: Awaited<ReturnType<typeof runK6>>;
  try {
    outcome = await runK6({
      k6Path: request.k6Path,
      scriptPath: request.scriptPath,
      resultsPath: path.join(request.workDir, runResultsName(request.segment, request.runNumber)),
      scriptEnv: scriptEnvironment(request),
      extraArgs: request.segment ? segmentArguments(request.segment) : [],
      log: request.stagePlan ? withStageLines(request.stagePlan, sink, title) : sink.k6Log,
      onSpawn: (pid) => sampler.watch(pid),
    });
  } catch (error) {
    sampler.stop();
    throw error;
  } finally {
    sink.endGroup();
  }
  const k6EndMs = Date.now();
  const readings = sampler.stop();
  const written = await resultsWritten(outcome.resultsPath);
  if (!outcome.exit.analysable || !written) {
    const why = outcome.errorLine ? `: ${outcome.errorLine}` : '';
    throw new K6RunError(`The k6 run failed (${outcome.exit.meaning}${written ? '' : '; no results written'})${why}`);
  }
  return {
    resultsPath: outcome.resultsPath,
    exit: outcome.exit,
    errorLine: outcome.errorLine,
    runner: { readings, k6StartMs, k6EndMs },
    insufficientVus: outcome.insufficientVus,
  };
}

/**
 * k6's output passed through, and at each stage the run enters: the group closed, the stage's
 * line said outside it, and a new group opened for the stage's output (about 250 lines a minute).
 */
function withStageLines(plan: StagePlan, sink: K6LogSink, title: string): Writable {
  const progress = stageProgress(plan);
  // A chunk may end inside a multi-byte character: the decoder holds it back for the next one.
  const decoder = new StringDecoder('utf8');
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.k6Log.write(chunk);
      for (const stage of progress.feed(decoder.write(chunk))) {
        sink.endGroup();
        sink.info(stageLine(stage));
        sink.startGroup(`${title}, stage ${stage.number}/${stage.count}`);
      }
      done();
    },
  });
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
  if (request.baselineUrl) env.BASELINE_URL = request.baselineUrl;
  return env;
}

/** The folder k6 writes to, made before anything is installed or sent. */
export async function prepareWorkDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // Not a K6RunError: nothing ran, so there is no failed run to report on the PR.
    throw new UserError(
      `Cannot create the results folder ${dir} (${code}). Free disk space or point RUNNER_TEMP at a writable folder.`,
    );
  }
}
