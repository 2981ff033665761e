import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { analyzeFile } from '../../src/results/analyze.js';
import type { RunResult } from '../../src/results/types.js';
import { k6File, request } from '../results/k6-lines.js';
import { k6Summary, recordingFile } from '../support/recordings.js';

const dir = mkdtempSync(join(tmpdir(), 'perf-gate-cli-'));
const file = join(dir, 'k6.ndjson');
writeFileSync(
  file,
  k6File([...request({ offsetMs: 0, duration: 2 }), ...request({ offsetMs: 1_000, duration: 4, status: 500 })]),
);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('perf-gate analyze', () => {
  it("prints the RunResult as JSON with --json: the judged figures under load, k6's under wholeRun", async () => {
    const { code, stdout } = await cli('analyze', file, '--json');
    expect(code).toBe(0);
    const { overall, ...rest } = await analyzeFile(file);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toEqual({ load: overall, ...rest });
    expect(Object.keys(printed).slice(0, 2)).toEqual(['load', 'wholeRun']);
  });

  it("gives a recording's wholeRun p95 and p99 exactly as k6's summary.json, the load's apart", async () => {
    const { stdout } = await cli('analyze', recordingFile('enqueue-full'), '--json');
    const printed = JSON.parse(stdout) as { load: RunResult['overall']; wholeRun: RunResult['wholeRun'] };
    const k6 = k6Summary('enqueue-full').metrics.http_req_duration ?? {};
    expect([printed.wholeRun.duration?.p95, printed.wholeRun.duration?.p99]).toEqual([k6['p(95)'], k6['p(99)']]);
    expect(printed.load.requests).toBe(printed.wholeRun.requests - 1000);
    expect(printed.load.duration?.p95).not.toBe(k6['p(95)']);
  });

  it('prints tables by default', async () => {
    const { code, stdout } = await cli('analyze', file);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`k6 results: ${file}`);
    expect(stdout).toContain('Endpoints');
  });

  it('cuts stages with a bundled plan', async () => {
    const { stdout } = await cli('analyze', file, '--json', '--stages', 'spike');
    expect(
      (JSON.parse(stdout) as { stages: Array<{ stage: { label: string } }> }).stages.map((s) => s.stage.label),
    ).toEqual(['10/s', '500/s', '500/s', '10/s']);
  });

  it('exits 1 naming the file when it cannot be analysed', async () => {
    const missing = join(dir, 'nope.ndjson');
    expect(await cli('analyze', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `perf-gate: ${missing}: no such file; give the path k6 wrote with --out json=FILE\n`,
    });
  });

  it('exits 2 with usage for bad arguments', async () => {
    for (const argv of [
      ['analyze'],
      ['analyze', file, '--stages', 'soak'],
      ['analyze', file, '--yaml'],
      ['frobnicate'],
    ]) {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: perf-gate');
    }
  });
});
