import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { ANALYSIS_SYSTEM_TAGS } from '../results/k6-tags.js';
import { interpretK6Exit, lastK6Error, type K6Exit } from './exit-codes.js';

export interface K6RunRequest {
  k6Path: string;
  scriptPath: string;
  /** Where k6 writes its NDJSON results (--out json=…). */
  resultsPath: string;
  /** Script variables; secrets among them travel only here, never in argv. */
  scriptEnv: Record<string, string>;
  /** Where k6's live output is echoed. */
  log: Writable;
  /** More k6 options before the script (a segment's --execution-segment pair). */
  extraArgs?: string[];
}

export interface K6RunOutcome {
  exit: K6Exit;
  /** k6's own last error line, when it printed one. */
  errorLine: string | null;
  resultsPath: string;
}

/** k6's command line. Deliberately free of anything secret: argv is visible to every process. */
export function k6Arguments(request: Pick<K6RunRequest, 'scriptPath' | 'resultsPath' | 'extraArgs'>): string[] {
  return [
    'run',
    '--no-usage-report',
    '--no-color',
    `--out=json=${request.resultsPath}`,
    `--system-tags=${ANALYSIS_SYSTEM_TAGS.join(',')}`,
    '--summary-trend-stats=avg,min,med,max,p(90),p(95),p(99)',
    ...(request.extraArgs ?? []),
    request.scriptPath,
  ];
}

const STDERR_TAIL_CHARS = 64 * 1024;

export async function runK6(request: K6RunRequest): Promise<K6RunOutcome> {
  let stderrTail = '';
  // spawn, not @actions/exec: only the child's close event tells which signal killed it.
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    const child = spawn(request.k6Path, k6Arguments(request), {
      env: { ...inheritedEnv(), ...request.scriptEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => request.log.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      request.log.write(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    child.on('error', (error) => reject(new Error(`Cannot start k6 at ${request.k6Path}: ${error.message}`)));
    child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  });
  const errorLine = lastK6Error(stderrTail);
  return { exit: interpretK6Exit(code, errorLine, signal), errorLine, resultsPath: request.resultsPath };
}

/**
 * k6 hands its whole environment to the script as __ENV. The runner's INPUT_* variables hold the
 * raw inputs (auth-token, github-token) and ACTIONS_* tokens grant cache and OIDC access: the
 * load script has no business seeing any of them.
 */
const RUNNER_SECRETS =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN)$/;

function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !RUNNER_SECRETS.test(key)) env[key] = value;
  }
  return env;
}
