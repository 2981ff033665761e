import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FAKE_K6 = path.join(REPO_ROOT, 'test/support/fake-k6.mjs');
export { RECORDINGS } from './recordings.js';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  summary: string;
  /** The runner's temp folder: the action's report files land under it. */
  runnerTemp: string;
  /** One entry per call of the fake k6 (argv, what reached its environment). */
  k6Calls: Array<{
    argv: string[];
    env: Record<string, string | null>;
    authTokenSha256: string | null;
    inputVariables: string[];
  }>;
  /** Every file the run left in its folders, with contents, for leak searches. */
  producedFiles(): Promise<Array<{ path: string; text: string }>>;
}

/**
 * Runs the built dist/index.js exactly as the Actions runner does: inputs as INPUT_<NAME>
 * variables (hyphens kept, upper-cased), outputs and step summary as files, the event as a
 * JSON file, the REST API at GITHUB_API_URL. Async spawn, so an in-process fake API can answer.
 */
export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const entry = path.join(REPO_ROOT, 'dist/index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-runner-'));
  const files = {
    output: path.join(dir, 'github_output'),
    summary: path.join(dir, 'step_summary.md'),
    event: path.join(dir, 'event.json'),
    k6Log: path.join(dir, 'fake-k6-calls.ndjson'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(pullRequestEvent()));
  const runnerTemp = path.join(dir, 'runner_temp');

  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'festin/festin',
    GITHUB_SHA: 'mergecommitsha0000000000000000000000000000',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(dir, 'tool_cache'),
    FAKE_K6_LOG: files.k6Log,
    ...env,
  };
  // A workflow judges results inside its workspace (checked out or downloaded): put them there.
  if (inputs['results-file'] && path.isAbsolute(inputs['results-file'])) {
    const copy = path.join(dir, 'results', path.basename(inputs['results-file']));
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(inputs['results-file'], copy);
    inputs = { ...inputs, 'results-file': path.relative(dir, copy) };
  }
  for (const [name, value] of Object.entries(inputs))
    childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const { exitCode, stdout, stderr } = await spawnNode(entry, childEnv, dir);
  const k6Log = existsSync(files.k6Log) ? await readFile(files.k6Log, 'utf8') : '';
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    runnerTemp,
    k6Calls: k6Log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
    producedFiles: async () => {
      const found: Array<{ path: string; text: string }> = [
        { path: 'stdout', text: stdout },
        { path: 'stderr', text: stderr },
      ];
      for (const file of await listFiles(dir)) {
        if (file === files.k6Log) continue;
        found.push({ path: file, text: await readFile(file, 'latin1') });
      }
      return found;
    },
  };
}

export function pullRequestEvent() {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: 'c0ffee0000000000000000000000000000000042', ref: 'feature' },
      base: { ref: 'main' },
    },
    repository: { full_name: 'festin/festin', name: 'festin', owner: { login: 'festin' } },
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value lines, delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!header) continue;
    const [, name, delimiter] = header as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

function spawnNode(
  entry: string,
  env: Record<string, string>,
  cwd: string,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
