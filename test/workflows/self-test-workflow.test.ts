import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyJob, readWorkflow, readYaml, runStepScript, stepNamed } from './workflow-files.js';

const job = onlyJob(readWorkflow('self-test.yml'));
const gate = job.steps.find((step) => step.uses === './');
const assertion = stepNamed(job, "Assert the action's outputs");
const actionOutputs = Object.keys(readYaml<{ outputs: Record<string, unknown> }>('action.yml').outputs);

describe('self-test.yml runs the action from this repository', () => {
  it('uses ./ with k6 installed by the action, the quick profile and no comment', () => {
    expect(gate).toBeDefined();
    expect(gate?.id).toBe('gate');
    expect(gate?.with).toMatchObject({ profile: 'quick', comment: 'never' });
    expect(String(gate?.with?.['base-url'])).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gate?.with).not.toHaveProperty('k6-path');
    expect(gate?.with).not.toHaveProperty('results-file');
  });

  it('runs on x64 and on an arm64 or macOS runner', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    const runners = job.strategy?.matrix?.['os'] as string[];
    expect(runners).toContain('ubuntu-latest');
    expect(runners.some((os) => /-arm$/.test(os) || os.startsWith('macos'))).toBe(true);
  });

  it('starts the stand-in with npm ci + npm run standin on the port the action targets, waiting a bounded time', () => {
    const start = stepNamed(job, 'Start the Festin stand-in');
    const port = new URL(String(gate?.with?.['base-url'])).port;
    expect(start.run).toMatch(/^npm ci\b/m);
    expect(start.run).toContain(`npm run standin -- --port ${port}`);
    expect(start.run).toMatch(/for _ in \$\(seq 1 \d+\)/);
    expect(start.run).toContain(`curl -fsS http://127.0.0.1:${port}/actuator/health`);
  });

  it('passes every output named in action.yml to the assertion step, and no other', () => {
    const referenced = Object.values(assertion.env ?? {}).map(
      (value) => /^\$\{\{ steps\.gate\.outputs\.([\w-]+) \}\}$/.exec(value)?.[1],
    );
    expect(referenced.sort()).toEqual([...actionOutputs].sort());
  });
});

describe("self-test.yml's assertion step", () => {
  const reportFile = path.join(mkdtempSync(path.join(tmpdir(), 'self-test-')), 'perf-gate-report.json');
  writeFileSync(reportFile, JSON.stringify({ schemaVersion: 1, verdict: { status: 'warn' } }));
  const resultsFile = path.join(path.dirname(reportFile), 'k6-results.ndjson.gz');
  writeFileSync(resultsFile, '{"type":"Metric"}\n');
  const good = {
    VERDICT: 'warn',
    P95_MS: '182.4',
    P99_MS: '240',
    ERROR_RATE: '0.0012',
    RPS: '161.7',
    REPORT_JSON: reportFile,
    COMMENT_URL: '',
    LOAD_GENERATOR: 'ok',
    RESULTS_FILE: resultsFile,
    BASELINE: 'thresholds-file',
  };
  const check = (env: Record<string, string>) => runStepScript(assertion.run ?? '', env);

  it('passes outputs that are all present and well formed', () => {
    const { status, output } = check(good);
    expect(output).toContain('verdict=warn p95=182.4ms p99=240ms error-rate=0.0012 rps=161.7');
    expect(status).toBe(0);
  });

  it.each([
    ['a missing verdict', { VERDICT: '' }, "output verdict is ''"],
    ['an unknown verdict', { VERDICT: 'ok' }, "output verdict is 'ok'"],
    ['a missing p95', { P95_MS: '' }, "output P95_MS is ''"],
    ['a p95 that is not a number', { P95_MS: '12ms' }, "output P95_MS is '12ms'"],
    ['a p99 below the p95', { P99_MS: '100' }, 'expected 0 < p95 <= p99'],
    ['an error rate above 1', { ERROR_RATE: '1.5' }, 'not a fraction from 0 to 1'],
    ['no requests', { RPS: '0' }, 'expected requests to have been sent'],
    ['a load-generator neither ok nor overloaded', { LOAD_GENERATOR: '' }, "output load-generator is ''"],
    ['a comment although comment is never', { COMMENT_URL: 'https://github.com/o/r/pull/1#c' }, 'comment-url is'],
    ['history judging although history is off', { BASELINE: 'history' }, "baseline is 'history'"],
    ['a missing report file', { REPORT_JSON: '/nonexistent/report.json' }, 'not an existing file'],
    ['a report whose verdict differs', { VERDICT: 'pass' }, 'does not match the outputs'],
    ['a missing results file', { RESULTS_FILE: '' }, "output results-file is ''"],
  ])('fails on %s', (_case, change, message) => {
    const { status, output } = check({ ...good, ...change });
    expect(output).toContain(`::error::`);
    expect(output).toContain(message);
    expect(status).not.toBe(0);
  });
});
