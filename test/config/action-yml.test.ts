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
import { RUN_FLAGS, SECRET_FLAGS, FIXED_INPUTS } from '../../src/cli/run.js';
import { INPUT_DEFAULTS } from '../../src/config/defaults.js';
import { CONFIG_INPUTS, readConfig } from '../../src/config/inputs.js';
import { OUTPUT_NAMES } from '../../src/config/outputs.js';
import { writeOutputs } from '../../src/gate/outputs.js';
import { recordingIO } from '../support/recording-io.js';
import { passInput } from '../support/report-fixtures.js';
import { REPO_ROOT } from '../support/action-runner.js';

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const inputNames = Object.keys(action.inputs);
const sorted = (names: Iterable<string>) => [...names].sort();

describe('action.yml inputs', () => {
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

  it('are each a CLI flag, a secret read from the environment, or fixed by the CLI: nothing extra', () => {
    const cli = [...RUN_FLAGS, ...Object.keys(SECRET_FLAGS), ...Object.keys(FIXED_INPUTS)];
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
