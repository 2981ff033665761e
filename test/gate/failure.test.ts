import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { ThresholdsError } from '../../src/config/thresholds.js';
import { describeFailure } from '../../src/gate/failure.js';
import { UserError } from '../../src/core/user-error.js';
import { InstallError } from '../../src/k6/install-error.js';
import { K6RunError } from '../../src/k6/scenario-run.js';
import { AnalysisError } from '../../src/results/analyze.js';
import { TargetDownError } from '../../src/probe/target.js';

const judging = { resultsFile: null };

describe('describeFailure', () => {
  it('shows what a user can fix as its own message, whatever the subclass', () => {
    class SomeNewProblem extends UserError {}
    expect(describeFailure(new SomeNewProblem('Input x: bad. Fix it'), judging)).toBe('Input x: bad. Fix it');
    for (const error of [
      new ConfigError('booth-id', "'0' is not a positive integer", 'Use 1'),
      new InstallError('k6 v9.9.9 is not published'),
      new K6RunError('The k6 run failed'),
      new TargetDownError('The target is unreachable', { input: 'base-url' }),
    ]) {
      expect(error).toBeInstanceOf(UserError);
      expect(describeFailure(error, judging)).toBe(error.message);
    }
  });

  it('names the input a bad file came from', () => {
    const thresholds = new ThresholdsError('/ws/t.json', ['checks: required']);
    expect(thresholds.input).toBe('thresholds');
    expect(describeFailure(thresholds, judging)).toBe("Input 'thresholds': /ws/t.json: checks: required");
    const analysis = new AnalysisError('/ws/r.ndjson', 'is empty');
    expect(describeFailure(analysis, { resultsFile: '/ws/r.ndjson' })).toBe(
      "Input 'results-file': /ws/r.ndjson: is empty",
    );
    expect(describeFailure(analysis, judging)).toBe('/ws/r.ndjson: is empty');
  });

  it('reports anything else as a bug in one line, with where to report it', () => {
    const line = describeFailure(new TypeError("Cannot read properties of undefined (reading 'p95')\n    at x"), null);
    expect(line).toBe(
      "perf-gate failed unexpectedly: Cannot read properties of undefined (reading 'p95') at x. This is a bug in perf-gate: please report it at https://github.com/festin/perf-gate/issues with this log.",
    );
    expect(describeFailure('thrown text', null)).toMatch(/^perf-gate failed unexpectedly: thrown text\. This is a bug/);
  });
});
