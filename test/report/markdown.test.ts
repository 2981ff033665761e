import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/markdown.js';
import { failInput, passInput, warnInput } from '../support/report-fixtures.js';
import { commentBody } from '../../src/github/publish.js';

describe('renderReport', () => {
  it('renders a passing enqueue run', async () => {
    await expect(commentBody(renderReport(passInput()))).toMatchFileSnapshot('__snapshots__/pass.md');
  });

  it('renders a warning run with server metrics, the knee and a dashboard link', async () => {
    await expect(commentBody(renderReport(warnInput()))).toMatchFileSnapshot('__snapshots__/warn.md');
  });

  it('renders a failing spike run, failing checks first', async () => {
    await expect(commentBody(renderReport(failInput()))).toMatchFileSnapshot('__snapshots__/fail.md');
  });

  it('starts with the headline and carries no sticky-comment marker (publishing adds it)', () => {
    const text = renderReport(passInput());
    expect(text.split('\n')[0]).toMatch(/^## /);
    expect(text).not.toContain('perf-gate:comment');
  });

  it('puts the verdict before the checks and the failing checks before the passing ones', () => {
    const text = renderReport(failInput());
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ❌ Performance gate failed: 2 of 3 checks failed');
    const p99 = text.indexOf('| p99 |');
    const dropped = text.indexOf('| dropped iterations |');
    const errorRate = text.indexOf('| error rate |');
    expect(p99).toBeGreaterThan(0);
    expect(p99).toBeLessThan(errorRate);
    expect(dropped).toBeLessThan(errorRate);
  });

  it('prints only the basename of the results file, never its temp folder', () => {
    const text = renderReport(passInput());
    expect(text).toContain('| Results file | k6-results.ndjson |');
    expect(text).not.toContain('perf-gate-Xk3j9');
  });

  it('leaves out server rows when no server metrics are given', () => {
    expect(renderReport(passInput())).not.toContain('CPU usage');
    expect(renderReport(warnInput())).toContain('| CPU usage | 12% | 38% | 71% | 96% |');
  });

  it('refuses a dashboard link that is not http(s)', () => {
    const input = { ...warnInput(), dashboardUrl: 'javascript:alert(1)' };
    expect(renderReport(input)).not.toContain('javascript');
  });

  it('shows an incomplete run right under the headline', () => {
    const base = passInput();
    const input = {
      ...base,
      context: { ...base.context, incomplete: true, incompleteReason: 'k6 exited with 107 (script exception)' },
    };
    const lines = renderReport(input).split('\n');
    expect(lines[4]).toBe(
      '> **⚠️ Incomplete run**: k6 exited with 107 (script exception). The figures cover only what ran.',
    );
  });

  it('is the same text for the same input', () => {
    expect(renderReport(failInput())).toBe(renderReport(failInput()));
  });
});
