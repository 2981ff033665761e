import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { UserError } from '../core/user-error.js';
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
  /** Told k6's pid once it runs (the runner sampler watches its CPU). */
  onSpawn?: (pid: number) => void;
  /** More k6 options before the script (a segment's --execution-segment pair). */
  extraArgs?: string[];
}

export interface K6RunOutcome {
  exit: K6Exit;
  /** k6's own last error line, when it printed one. */
  errorLine: string | null;
  resultsPath: string;
  /** k6's "Insufficient VUs" warning (its msg), when it printed one: it could not keep the planned rate. */
  insufficientVus: string | null;
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
  let insufficientVus: string | null = null;
  // spawn, not @actions/exec: only the child's close event tells which signal killed it.
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    const child = spawn(request.k6Path, k6Arguments(request), {
      env: { ...inheritedEnv(), ...request.scriptEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) request.onSpawn?.(child.pid);
    child.stdout.on('data', (chunk: Buffer) => request.log.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      request.log.write(chunk);
      // Checked before the tail is cut: k6 warns early in the run, the tail keeps its end.
      const before = stderrTail.length;
      stderrTail = stderrTail + chunk.toString('utf8');
      if (insufficientVus === null) insufficientVus = findInsufficientVus(stderrTail.slice(Math.max(0, before - 512)));
      stderrTail = stderrTail.slice(-STDERR_TAIL_CHARS);
    });
    child.on('error', (error) => reject(cannotStart(request.k6Path, error)));
    child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  });
  const errorLine = lastK6Error(stderrTail);
  return {
    exit: interpretK6Exit(code, errorLine, signal),
    errorLine,
    resultsPath: request.resultsPath,
    insufficientVus,
  };
}

/**
 * k6's warning, as it logs it: `level=warning msg="Insufficient VUs, reached 1000 active VUs and
 * cannot initialize more" executor=ramping-arrival-rate scenario=spike`.
 */
export function findInsufficientVus(text: string): string | null {
  const match = /msg="(Insufficient VUs[^"\n]*)"/.exec(text);
  return match ? (match[1] as string) : null;
}

/** k6 that cannot be started (gone, not executable, no room for a process): the user's to fix, through k6-path. */
function cannotStart(k6Path: string, error: NodeJS.ErrnoException): UserError {
  const why =
    error.code === 'ENOENT'
      ? 'the file does not exist'
      : error.code === 'EACCES'
        ? 'it is not executable (chmod +x?)'
        : `${error.code ?? error.message}`;
  return new UserError(
    `Cannot start k6 at ${k6Path}: ${why}. Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`,
    { input: 'k6-path' },
  );
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
