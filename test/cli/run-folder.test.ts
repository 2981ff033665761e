import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunFolder, runFolderName } from '../../src/cli/run-folder.js';

const NOW = new Date('2026-01-17T10:22:03.456Z');

describe('the results folder of a terminal run', () => {
  it('is named by the time and the scenario, a script by its file name', () => {
    expect(runFolderName(NOW, 'enqueue')).toBe('2026-01-17T10-22-03Z-enqueue');
    expect(runFolderName(NOW, './load/my script.js')).toBe('2026-01-17T10-22-03Z-my_script');
    expect(runFolderName(NOW, '')).toBe('2026-01-17T10-22-03Z-enqueue');
  });

  it('is never one an earlier run wrote, even within the same second', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'perf-gate-runs-'));
    const folders = [1, 2, 3].map(() => createRunFolder(cwd, 'spike', NOW));
    expect(folders.map((f) => path.relative(cwd, f))).toEqual([
      path.join('.perf-gate/runs', '2026-01-17T10-22-03Z-spike'),
      path.join('.perf-gate/runs', '2026-01-17T10-22-03Z-spike-2'),
      path.join('.perf-gate/runs', '2026-01-17T10-22-03Z-spike-3'),
    ]);
    expect(readdirSync(path.join(cwd, '.perf-gate/runs'))).toHaveLength(3);
  });
});
