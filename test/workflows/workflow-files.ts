import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  if?: string;
}

export interface WorkflowJob {
  'runs-on': string;
  permissions?: Record<string, string> | string;
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, string>;
  steps: WorkflowStep[];
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, WorkflowJob>;
}

export const WORKFLOW_FILES = ['ci.yml', 'self-test.yml', 'release.yml'] as const;
export type WorkflowFile = (typeof WORKFLOW_FILES)[number];

export function readYaml<T>(relativePath: string): T {
  return parse(readFileSync(path.join(REPO_ROOT, relativePath), 'utf8')) as T;
}

export function readWorkflow(file: WorkflowFile): Workflow {
  return readYaml<Workflow>(path.join('.github/workflows', file));
}

export function onlyJob(workflow: Workflow): WorkflowJob {
  const jobs = Object.values(workflow.jobs);
  if (jobs.length !== 1) throw new Error(`expected one job, found ${jobs.length}`);
  return jobs[0]!;
}

export function stepNamed(job: WorkflowJob, name: string): WorkflowStep {
  const step = job.steps.find((s) => s.name === name);
  if (!step) throw new Error(`no step named '${name}'`);
  return step;
}

/** Runs a step's `run:` script the way the runner runs a bash step. */
export function runStepScript(script: string, env: Record<string, string>, cwd = REPO_ROOT) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
