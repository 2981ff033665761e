import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/cli/run.js';

describe('perf-gate run --results-file on a duet recording', () => {
  it('judges it paired: the headline says so and the report has the vs-base table and chart', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const file = path.join(import.meta.dirname, '../fixtures/duet/equal-1.ndjson.gz');
    const code = await runGate(
      { 'results-file': file, scenario: 'enqueue', profile: 'quick', history: 'off' },
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    const report = out.join('');
    expect(report, err.join('')).toContain('**Paired comparison:** head and base ran side by side in this run');
    expect(report).toContain('### vs base, same run');
    expect(report).toContain('title "p95 per block (ms): head red, base blue"');
    expect(report).toMatch(/^\| p95 \| 629 ms \| 742 ms \| -8\.9% \| -21% to \+5\.7% \| 58 \| ⚠️ cannot tell \|$/m);
    expect(code).toBe(0);
  });

  it('records nothing in the history and says why: the runner drove two targets, not one', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const history = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gate-duet-history-')), 'history.json');
    const file = path.join(import.meta.dirname, '../fixtures/duet/equal-1.ndjson.gz');
    const code = await runGate(
      {
        'results-file': file,
        scenario: 'enqueue',
        profile: 'quick',
        history,
        'history-mode': 'record',
        'allow-paths-outside-workspace': 'true',
      },
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    expect(existsSync(history), err.join('')).toBe(false);
    expect(out.join('')).toContain(
      '_history: this duet run compared head with base in the same run; it is neither judged against nor recorded in the history, whose runs each drove one target._',
    );
    expect(code).toBe(0);
  });
});
