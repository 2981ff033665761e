import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/judge/types.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/github/marker.js';
import { renderReport } from '../../src/report/markdown.js';
import { check, failInput } from '../support/report-fixtures.js';
import { HOSTILE_NAME, hostileInput, hugeInput } from '../support/report-stress-fixtures.js';
import { commentBody } from '../../src/github/publish.js';

/** Cells in a table row: GFM splits on pipes not escaped with a backslash. */
function cellCount(row: string): number {
  return row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
}

/** Every table keeps the shape of its header row, whatever its cells hold. */
function expectTablesIntact(markdown: string): void {
  let header: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    header ??= cellCount(line);
    expect(cellCount(line), line).toBe(header);
  }
}

describe('untrusted text', () => {
  const text = renderReport(hostileInput());

  it('renders the hostile run as inert text', async () => {
    await expect(commentBody(text)).toMatchFileSnapshot('__snapshots__/hostile.md');
  });

  it('contains no HTML from the server or the script', () => {
    expect(text).not.toMatch(/<(img|script|b|i)\b/i);
    expect(text).not.toContain('</details><script>');
    // The report's own HTML: the marker, details/summary, and <br> between messages.
    const tags = [...text.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['details', 'summary', 'br']));
  });

  it('keeps every table row the shape of its header', () => {
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;\\|\\*\\*x\\*\\*');
    expectTablesIntact(text);
  });

  it('cannot close the reproduce code block early', () => {
    expect(text).toContain('````sh\nk6 run "my ```script```.js"\n````');
  });

  it('percent-encodes the dashboard link so it stays one link', () => {
    expect(text).toContain('(https://grafana.example/d/x?a=%28b%29&c=%22d%22%20%3Ce%3E)');
  });

  it('prints the results file name only, even from a Windows temp dir', () => {
    expect(text).toContain('| Results file | &lt;b&gt;results.ndjson |');
    expect(text).not.toContain('AppData');
  });
});

describe('the 65,536-character limit', () => {
  it('keeps a normal run whole', () => {
    expect(renderReport(failInput())).not.toContain('left out to fit');
  });

  it('shrinks the details of a huge run first and keeps everything above them', () => {
    const input = hugeInput();
    const unlimited = renderReport(input, { maxChars: Infinity });
    expect(unlimited.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);

    const text = renderReport(input, { maxChars: GITHUB_COMMENT_LIMIT });
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text.startsWith('## ✅ Performance gate passed: all 5 checks passed\n')).toBe(true);
    const beforeDetails = (s: string) => s.slice(0, s.indexOf('<details>'));
    expect(beforeDetails(text)).toBe(beforeDetails(unlimited));
    expect(text).toContain('faster endpoints left out to fit the comment');
    expect(text).toContain('Reproduce this run locally');
    expect(text).toContain("to fit GitHub's comment size limit");
    expectTablesIntact(text);
  });

  it('drops the breakdowns before the verdict when even they are too big', () => {
    const text = renderReport(hugeInput(600, 400, 25), { maxChars: GITHUB_COMMENT_LIMIT });
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text).toContain('| p95 (enqueue) | 124 ms | ≤ 3,000 ms | 103 ms | +20.8 ms (+20%) | ✅ pass |');
    expectTablesIntact(text);
  });

  it('keeps the failing checks when there are too many checks to show', () => {
    const many: CheckResult[] = Array.from({ length: 3000 }, (_, i) =>
      check(`p95 (endpoint ${i} ${'y'.repeat(40)})`, 'p95', 50, 3000, 40, 'pass', 'whole 95% interval below the limit'),
    );
    const failing = check('p99', 'p99', 9000, 5000, 6000, 'fail', 'whole 95% interval above the limit');
    const base = failInput();
    const text = renderReport(
      { ...base, verdict: { ...base.verdict, checks: [...many, failing] } },
      { maxChars: GITHUB_COMMENT_LIMIT },
    );
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text).toContain('| p99 | 9,000 ms | ≤ 5,000 ms | 6,000 ms | +3,000 ms (+50%) | ❌ fail |');
    expect(text).toMatch(/_\d[\d,]* more checks not shown to fit the comment: 0 failed, 0 warned, \d+ passed\._/);
  });

  it('honours a smaller limit, for the job summary or tests', () => {
    for (const maxChars of [20_000, 3_000, 200]) {
      const text = renderReport(hugeInput(), { maxChars });
      expect(text.length).toBeLessThanOrEqual(maxChars);
      expect(text.startsWith('## ')).toBe(true);
    }
  });

  it('escapes the hostile name in the checks table too', () => {
    expect(renderReport(hostileInput())).toContain(
      `| p95 (${HOSTILE_NAME.replace('<', '&lt;').replace('>', '&gt;').replace('|', '\\|').replaceAll('*', '\\*')}) |`,
    );
  });
});
