/**
 * An overloaded run is recorded marked so, and so never becomes part of a baseline; a healthy
 * one is recorded as ok. Through historyStep on a local history file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/inputs.js';
import { loadThresholds } from '../../src/config/thresholds.js';
import { readRunEvent } from '../../src/github/context.js';
import { historyStep } from '../../src/gate/history.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { recordingIO } from '../support/recording-io.js';
import { recordingFile } from '../support/recordings.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

async function record(history: string, loadGenerator: 'ok' | 'overloaded') {
  const inputs = {
    'results-file': recordingFile('enqueue-full'),
    history,
    'history-mode': 'record',
    'allow-paths-outside-workspace': 'true',
  };
  const { io } = recordingIO(inputs, {});
  const config = readConfig(io.getInput, {
    cwd: REPO_ROOT,
    actionRoot: REPO_ROOT,
    tempDir: path.dirname(history),
    nowMs: Date.now(),
    plannedRunMs: () => 0,
  });
  const result = await analyzeFile(recordingFile('enqueue-full'));
  const thresholds = await loadThresholds(config.thresholdsPath);
  const step = await historyStep({ io, config, event: readRunEvent({}), result, thresholds, k6: null, loadGenerator });
  // The gate records once the verdict is composed; no confirmation run here.
  await step.record(null);
}

describe('history entries carry the load generator’s health', () => {
  it('records an overloaded run as overloaded and a healthy one as ok', async () => {
    const history = path.join(mkdtempSync(path.join(tmpdir(), 'perf-gate-history-lg-')), 'history.json');
    await record(history, 'overloaded');
    await record(history, 'ok');
    const file = JSON.parse(readFileSync(history, 'utf8')) as { entries: Array<{ loadGenerator: string }> };
    expect(file.entries.map((e) => e.loadGenerator)).toEqual(['overloaded', 'ok']);
  });
});
