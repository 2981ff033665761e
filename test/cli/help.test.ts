/** Each subcommand explains itself: --help lists every flag with the default a terminal run uses, and exits 0. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CLI_DEFAULTS, HELP_EMPTY_MEANS, RUN_FLAGS, SECRET_FLAGS } from '../../src/cli/run.js';
import { INPUT_DOCS } from '../../src/cli/input-docs.js';
import { wrap } from '../../src/cli/run-help.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/action-runner.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('perf-gate run --help', () => {
  it('exits 0 and lists every flag with its terminal default, secrets as environment variables', async () => {
    for (const args of [
      ['run', '--help'],
      ['run', '-h'],
      ['run', '--base-url', 'x', '--help'],
    ]) {
      const help = await cli(args);
      expect(help.code).toBe(0);
      expect(help.stderr).toBe('');
      for (const flag of RUN_FLAGS) {
        const doc = INPUT_DOCS.find((d) => d.name === flag);
        const shown = CLI_DEFAULTS[flag] ?? (doc?.default || HELP_EMPTY_MEANS[flag] || 'none');
        expect(help.stdout).toContain(`  --${flag} VALUE    (default: ${shown})\n`);
      }
      for (const variable of Object.values(SECRET_FLAGS)) expect(help.stdout).toContain(`  ${variable}=…`);
    }
  });

  it('says what an empty value stands for wherever action.yml does, never "none" there', () => {
    const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const saysEmpty = Object.entries(action.inputs)
      .filter(([name, input]) => RUN_FLAGS.includes(name) && /\bEmpty\b/.test(input.description))
      .map(([name]) => name);
    expect(Object.keys(HELP_EMPTY_MEANS).sort()).toEqual(saysEmpty.sort());
  });

  it('says what a terminal changes: comment never, any k6 on PATH, auto history records', async () => {
    const { stdout } = await cli(['run', '--help']);
    const words = stdout.replace(/\s+/g, ' ');
    expect(stdout).toContain('  --comment VALUE    (default: never)\n');
    // An empty value that stands for one is not "none": an empty scenario runs enqueue, an empty min-change is 10%.
    expect(stdout).toContain('  --scenario VALUE    (default: enqueue, or with --results-file');
    expect(stdout).toContain('  --profile VALUE    (default: full, or with --results-file');
    expect(stdout).toContain('  --min-change VALUE    (default: 10%; 5% with --baseline-url)\n');
    expect(words).toContain('any k6 on PATH is used');
    expect(words).toContain('history-mode auto then records every run in it');
    expect(stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});

describe('perf-gate analyze --help', () => {
  it('exits 0 and lists --json and --stages with their defaults', async () => {
    const help = await cli(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--json {2,}print the RunResult as JSON[\s\S]*\(default: tables\)/);
    expect(help.stdout).toMatch(/--stages NAME[\s\S]*\(default: none;/);
  });
});

describe('perf-gate usage', () => {
  it('names the history and confirm flags and how to get each command’s help', async () => {
    const usage = await cli(['--help']);
    expect(usage.code).toBe(0);
    for (const flag of ['--history FILE.json', '--history-mode', '--confirm', '--min-change', '--k6-version'])
      expect(usage.stdout).toContain(flag);
    expect(usage.stdout).toContain('perf-gate <command> --help');
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width, a longer word alone on its line', () => {
    expect(wrap('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrap('aaaaaaa b', 5)).toEqual(['aaaaaaa', 'b']);
  });
});
