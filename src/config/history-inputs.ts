/** The history inputs: where earlier runs are kept, when this run records or compares, and how much change fails. */
import path from 'node:path';
import { ConfigError } from './errors.js';
import type { HistoryMode, HistorySettings, HistorySource } from './types.js';

const MODES: readonly HistoryMode[] = ['auto', 'record', 'compare'];

function readSource(value: string, cwd: string): HistorySource {
  if (value === 'github' || value === 'off') return { kind: value };
  if (/\.json$/i.test(value)) return { kind: 'file', path: path.resolve(cwd, value) };
  throw new ConfigError(
    'history',
    `'${value.slice(0, 80)}' is not github, off or a .json path`,
    'Use github (a branch of this repository), off, or the path of a local file ending in .json, e.g. .perf-gate/history.json',
  );
}

/** A branch name git and the contents API both accept, without surprises (no "..", no leading "-" or "/"). */
function readBranch(value: string): string {
  const valid =
    /^[A-Za-z0-9._/-]+$/.test(value) &&
    !/^[-/.]|[/.]$|\.\.|\/\/|\.lock$|@\{/.test(value) &&
    !value.split('/').some((part) => part.startsWith('.'));
  if (!valid) {
    throw new ConfigError(
      'history-branch',
      `'${value.slice(0, 80)}' is not a usable branch name`,
      'Use letters, digits, ".", "_", "-" and "/", e.g. perf-gate-history',
    );
  }
  return value;
}

function readSize(value: string): number {
  const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(size >= 10 && size <= 1000)) {
    throw new ConfigError(
      'history-size',
      `'${value.slice(0, 40)}' is not an integer from 10 to 1000`,
      'Keep at least the 10 runs a baseline rests on, e.g. 50',
    );
  }
  return size;
}

/** min-change when the input is empty: history's default; duet mode's is DUET_MIN_CHANGE. */
export const HISTORY_MIN_CHANGE = '10%';

export function readMinChange(value: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(value);
  const percent = match ? Number(match[1]) : NaN;
  if (!(percent >= 0 && percent < 100)) {
    throw new ConfigError(
      'min-change',
      `'${value.slice(0, 40)}' is not a percentage from 0% to 99%`,
      'Give the smallest change vs history that should fail, e.g. 10%',
    );
  }
  return percent / 100;
}

/** `input` gives each input's value or action.yml's default. */
export function readHistorySettings(input: (name: string) => string, cwd: string): HistorySettings {
  const mode = input('history-mode');
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(
      'history-mode',
      `'${mode.slice(0, 40)}' is not one of ${MODES.join(', ')}`,
      `Set history-mode to one of ${MODES.join(', ')}`,
    );
  }
  return {
    source: readSource(input('history'), cwd),
    branch: readBranch(input('history-branch')),
    mode: mode as HistoryMode,
    size: readSize(input('history-size')),
    minChange: readMinChange(input('min-change') || HISTORY_MIN_CHANGE),
  };
}
