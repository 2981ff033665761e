/**
 * The README's first workflow, the PR gate plus the default-branch recorder, works as written: only
 * the main-branch job may write, and it stands on the README's first screen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, type Workflow } from './workflow-files.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use it'));
const recipe = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as Workflow & {
  jobs: Record<string, { if?: string }>;
};
const inputs = Object.keys(
  (parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
);

describe('README history recipe', () => {
  it('is the first workflow, and ends within the first 60 lines of the README', () => {
    const lines = readme.split('\n');
    const start = lines.findIndex((line) => line === '```yaml');
    expect(lines.slice(start, start + 3)).toEqual(['```yaml', 'name: performance', 'on:']);
    expect(lines.indexOf('```', start)).toBeLessThan(60);
  });

  it("gives the segments recipe's judge job the contents permission it needs to read history", () => {
    const segments = readme.slice(readme.indexOf('## More load than one runner'));
    const recipeText = /```yaml\n([\s\S]*?)```/.exec(segments)![1]!;
    const jobs = (parse(recipeText) as { jobs: Record<string, { permissions?: Record<string, string> }> }).jobs;
    expect(jobs['judge']?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('gives the nightly recipe, whose scheduled runs auto mode records, contents: write', () => {
    const nightly = readme.slice(readme.indexOf('**On a schedule:**'));
    const jobs = (parse(/```yaml\n([\s\S]*?)```/.exec(nightly)![1]!) as Workflow).jobs;
    expect(Object.values(jobs).map((job) => job.permissions)).toEqual([{ contents: 'write' }]);
  });

  it('runs on pushes to main and on pull requests', () => {
    expect(recipe.on).toEqual({ push: { branches: ['main'] }, pull_request: null });
  });

  it('gives contents: write only to the job that runs on pushes, and pull-requests: write to the PR job', () => {
    const writers = Object.entries(recipe.jobs).filter(
      ([, job]) => typeof job.permissions === 'object' && job.permissions.contents === 'write',
    );
    expect(writers.map(([, job]) => job.if)).toEqual(["github.event_name == 'push'"]);
    const pr = Object.values(recipe.jobs).find((job) => job.if === "github.event_name == 'pull_request'");
    expect(pr?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(recipe.permissions).toBeUndefined();
  });

  it('passes only inputs action.yml declares', () => {
    for (const job of Object.values(recipe.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('festin/perf-gate'))) {
        for (const name of Object.keys(step.with ?? {})) expect(inputs).toContain(name);
      }
    }
  });
});
