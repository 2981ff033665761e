import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/config/input-table.js';
import { readHistorySettings } from '../../src/config/history-inputs.js';

const read = (inputs: Record<string, string>) =>
  readHistorySettings((name) => inputs[name] || (INPUT_DEFAULTS as Record<string, string>)[name] || '', '/work');

describe('history inputs', () => {
  it('default to the github branch, auto mode, 50 runs and a 10% practical minimum', () => {
    expect(read({})).toEqual({
      source: { kind: 'github' },
      branch: 'perf-gate-history',
      mode: 'auto',
      size: 50,
      minChange: 0.1,
    });
  });

  it('take a local .json path, resolved against the workspace, and off', () => {
    expect(read({ history: '.perf-gate/history.json' }).source).toEqual({
      kind: 'file',
      path: '/work/.perf-gate/history.json',
    });
    expect(read({ history: 'off' }).source).toEqual({ kind: 'off' });
    expect(read({ 'min-change': '2.5%' }).minChange).toBe(0.025);
  });

  it.each([
    [
      'history',
      'gitlab',
      "Input 'history': 'gitlab' is not github, off or a .json path. Use github (a branch of this repository), off, or the path of a local file ending in .json, e.g. .perf-gate/history.json",
    ],
    [
      'history-branch',
      '../main',
      'Input \'history-branch\': \'../main\' is not a usable branch name. Use letters, digits, ".", "_", "-" and "/", e.g. perf-gate-history',
    ],
    [
      'history-mode',
      'always',
      "Input 'history-mode': 'always' is not one of auto, record, compare. Set history-mode to one of auto, record, compare",
    ],
    [
      'history-size',
      '5',
      "Input 'history-size': '5' is not an integer from 10 to 1000. Keep at least the 10 runs a baseline rests on, e.g. 50",
    ],
    [
      'min-change',
      '0.1',
      "Input 'min-change': '0.1' is not a percentage from 0% to 99%. Give the smallest change vs history that should fail, e.g. 10%",
    ],
  ])('refuse a bad %s with the input and the fix', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
  });
});
