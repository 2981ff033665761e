// @vitest-environment jsdom
import path from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThresholdCheck } from '../../src/config/thresholds.js';
import { judgePaired } from '../../src/judge/paired.js';
import { p95OverTime } from '../../src/judge/paired-blocks.js';
import { readDuetSamples, type DuetSamples } from '../../src/results/duet-samples.js';
import { pairedChart, pairedHeadline, renderPairedSection } from '../../src/report/paired-section.js';

const check = (figure: ThresholdCheck['figure'], scope: ThresholdCheck['scope']): ThresholdCheck => ({
  figure,
  scope,
  severity: 'fail',
  limit: 1000,
  baseline: null,
  allowedRegression: null,
  description: null,
});
const CHECKS = [
  check('p95', { kind: 'overall' }),
  check('p95', { kind: 'endpoint', name: 'enqueue' }),
  check('p99', { kind: 'stage', index: 3 }),
  check('error-rate', { kind: 'overall' }),
];

let equal: DuetSamples;
let slowed: DuetSamples;
beforeAll(async () => {
  mermaid.initialize({ startOnLoad: false });
  equal = (await readDuetSamples(path.join(import.meta.dirname, '../fixtures/duet/equal-1.ndjson.gz'))) as DuetSamples;
  // The same real run with head's durations made 50% longer: a known regression on real noise.
  slowed = { ...equal, head: { ...equal.head, durations: equal.head.durations.map((d) => d * 1.5) } };
});

describe('the paired section of the report', () => {
  it('of a duet where head and base ran the same service', async () => {
    const judgement = judgePaired(equal, CHECKS, { minChange: 0.05 });
    const text = [pairedHeadline(judgement), '', renderPairedSection(judgement)].join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/paired-equal.md');
  });

  it('of a duet whose head is 50% slower', async () => {
    const judgement = judgePaired(slowed, CHECKS, { minChange: 0.05 });
    const text = [pairedHeadline(judgement), '', renderPairedSection(judgement)].join('\n');
    expect(text).toContain('| p95 |');
    expect(text).toMatch(/\| p95 \| [^|]+ \| [^|]+ \| \+\d+% \| \+\d+% to \+\d+% \| 58 \| ❌ slower \|/);
    await expect(text).toMatchFileSnapshot('__snapshots__/paired-slower.md');
  });

  it("draws a chart mermaid's own parser accepts, with one line per target", async () => {
    const block = /^```mermaid\n([\s\S]*?)\n```$/m.exec(pairedChart(p95OverTime(equal)))?.[1] as string;
    await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
    expect(block.match(/^ {4}line \[/gm)).toHaveLength(2);
  });

  it('says so when no block had enough requests to chart', () => {
    expect(pairedChart([{ offsetMs: 0, head: null, base: null }])).toBe(
      '_No block held enough requests of both targets to chart._',
    );
  });
});
