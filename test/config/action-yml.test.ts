/**
 * action.yml is the one source of the inputs, their defaults and the outputs: the config reader,
 * the CLI's flags, the defaults in code and the outputs step are checked against it here.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RUN_FLAGS, SECRET_FLAGS } from '../../src/cli/run.js';
import { CONFIG_INPUTS, INPUT_DEFAULTS, INPUT_TABLE } from '../../src/config/input-table.js';
import { readConfig } from '../../src/config/inputs.js';
import { OUTPUT_NAMES } from '../../src/config/outputs.js';
import { writeOutputs } from '../../src/gate/outputs.js';
import { recordingIO } from '../support/recording-io.js';
import { passInput } from '../support/report-fixtures.js';
import { REPO_ROOT } from '../support/action-runner.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const inputNames = Object.keys(action.inputs);
const sorted = (names: Iterable<string>) => [...names].sort();

describe('action.yml inputs', () => {
  it('are the input table, row for row: names, order and verbatim defaults', () => {
    expect(INPUT_TABLE.map((row) => [row.name, row.default])).toEqual(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
    );
    for (const row of INPUT_TABLE) expect(action.inputs[row.name]?.description.trim()).not.toBe('');
  });

  it('that action.yml calls secret are secrets in the table, and the table marks no others', () => {
    const saidSecret = Object.entries(action.inputs)
      .filter(([name, input]) => /kept secret/.test(input.description) || name.endsWith('-token'))
      .map(([name]) => name);
    const secret = INPUT_TABLE.filter((row) => 'secretEnv' in row).map((row) => row.name);
    expect(sorted(secret)).toEqual(sorted(saidSecret));
  });

  it('are exactly the inputs the config reader reads, in the same order', () => {
    expect(CONFIG_INPUTS).toEqual(inputNames);
    const read = new Set<string>();
    readConfig(
      (name) => {
        read.add(name);
        return name === 'base-url' ? 'https://staging.example.com' : '';
      },
      { cwd: REPO_ROOT, actionRoot: REPO_ROOT, tempDir: os.tmpdir(), nowMs: 0, plannedRunMs: () => 60_000 },
    );
    expect(sorted(read)).toEqual(sorted(inputNames));
  });

  it('have the defaults the code falls back to when no runner fills them in', () => {
    const literalDefaults = Object.fromEntries(
      Object.entries(action.inputs)
        // '' is "unset" to the reader; `${{ github.token }}` only the runner can fill in.
        .filter(([, input]) => input.default !== undefined && input.default !== '' && !input.default.includes('${{'))
        .map(([name, input]) => [name, input.default]),
    );
    expect(INPUT_DEFAULTS).toEqual(literalDefaults);
  });

  it('are each a CLI flag or a secret read from the environment: nothing extra', () => {
    const cli = [...RUN_FLAGS, ...Object.keys(SECRET_FLAGS)];
    expect(new Set(cli).size).toBe(cli.length);
    expect(sorted(cli)).toEqual(sorted(inputNames));
  });
});

describe('action.yml outputs', () => {
  it('are exactly the outputs the outputs step writes', async () => {
    expect(sorted(OUTPUT_NAMES)).toEqual(sorted(Object.keys(action.outputs)));
    const { io, said } = recordingIO({}, {});
    const { result, verdict, context } = passInput();
    await writeOutputs(io, mkdtempSync(path.join(os.tmpdir(), 'perf-gate-outputs-')), {
      result,
      verdict,
      context,
      commentUrl: null,
      resultsFile: '/tmp/k6-results.ndjson',
    });
    expect(said.outputs['results-file']).toBe('/tmp/k6-results.ndjson');
    expect(sorted(Object.keys(said.outputs))).toEqual(sorted(Object.keys(action.outputs)));
  });
});
