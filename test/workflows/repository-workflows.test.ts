import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_FILES, onlyJob, readWorkflow, readYaml, runStepScript, stepNamed } from './workflow-files.js';

describe('every workflow', () => {
  const jobs = WORKFLOW_FILES.flatMap((file) =>
    Object.entries(readWorkflow(file).jobs).map(([name, job]) => ({ where: `${file} ${name}`, job })),
  );

  it.each(jobs)('$where states its permissions, writing only where it must', ({ where, job }) => {
    expect(typeof job.permissions).toBe('object');
    const writes = Object.entries(job.permissions ?? {}).filter(([, access]) => access === 'write');
    expect(writes).toEqual(where === 'release.yml move-major-tag' ? [['contents', 'write']] : []);
  });

  it.each(jobs)('$where pins every third-party action to a major version or a commit', ({ job }) => {
    for (const { uses } of job.steps.filter((step) => step.uses !== undefined && step.uses !== './'))
      expect(uses).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+|[0-9a-f]{40})$/);
  });
});

describe('ci.yml', () => {
  const workflow = readWorkflow('ci.yml');
  const job = onlyJob(workflow);

  it('runs on push and pull_request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('runs .ci/run with CI=true on the node the action declares', () => {
    const runtime = readYaml<{ runs: { using: string } }>('action.yml').runs.using;
    const setupNode = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(`node${setupNode?.with?.['node-version']}`).toBe(runtime);
    expect(job.env?.['CI']).toBe('true');
    expect(job.steps.at(-1)?.run).toBe('bash .ci/run');
  });
});

describe('release.yml', () => {
  const workflow = readWorkflow('release.yml');
  const job = onlyJob(workflow);
  const refuse = stepNamed(job, 'Refuse a tag that is not vX.Y.Z');
  const move = stepNamed(job, "Move the major tag to the release's commit");

  it('runs only when a release is published', () => {
    expect(workflow.on).toEqual({ release: { types: ['published'] } });
  });

  it('refuses the move before anything else runs', () => {
    expect(job.steps[0]).toBe(refuse);
  });

  it('accepts a full release vX.Y.Z', () => {
    expect(runStepScript(refuse.run ?? '', { TAG: 'v1.4.12', PRERELEASE: 'false' }).status).toBe(0);
  });

  it.each(['1.2.3', 'v1.2', 'v1', 'v1.2.3-rc.1', 'v01.2.3', 'latest', 'v1.2.3; git push origin :main'])(
    'refuses the tag %s',
    (tag) => {
      const { status, output } = runStepScript(refuse.run ?? '', { TAG: tag, PRERELEASE: 'false' });
      expect(output).toContain(`::error::release tag '${tag}' is not semver vX.Y.Z`);
      expect(status).not.toBe(0);
    },
  );

  it('refuses a pre-release', () => {
    const { status, output } = runStepScript(refuse.run ?? '', { TAG: 'v2.0.0', PRERELEASE: 'true' });
    expect(output).toContain('is a pre-release');
    expect(status).not.toBe(0);
  });

  it("moves only the major tag, to the release's commit", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'release-'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
      }).trim();
    const origin = path.join(root, 'origin.git');
    const clone = path.join(root, 'clone');
    git(root, 'init', '-q', '--bare', origin);
    git(root, 'clone', '-q', origin, clone);
    git(clone, 'commit', '-q', '--allow-empty', '-m', 'one');
    git(clone, 'tag', 'v1.0.0');
    git(clone, 'tag', 'v1');
    git(clone, 'commit', '-q', '--allow-empty', '-m', 'two');
    git(clone, 'tag', '-a', 'v1.1.0', '-m', 'annotated, as GitHub may create it');
    git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main', '--tags');
    const before = git(origin, 'for-each-ref', '--format=%(refname) %(objectname)');

    const { status, output } = runStepScript(move.run ?? '', { TAG: 'v1.1.0' }, clone);

    expect(output).toContain('moved v1 to');
    expect(status).toBe(0);
    const after = git(origin, 'for-each-ref', '--format=%(refname) %(objectname)');
    const changed = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(changed).toEqual([`refs/tags/v1 ${git(clone, 'rev-parse', 'v1.1.0^{commit}')}`]);
  });
});

describe('dependabot.yml', () => {
  it('updates npm and GitHub Actions weekly', () => {
    const config = readYaml<{ updates: { 'package-ecosystem': string; schedule: { interval: string } }[] }>(
      '.github/dependabot.yml',
    );
    expect(config.updates.map((u) => [u['package-ecosystem'], u.schedule.interval]).sort()).toEqual([
      ['github-actions', 'weekly'],
      ['npm', 'weekly'],
    ]);
  });
});
