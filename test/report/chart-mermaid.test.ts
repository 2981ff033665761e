// @vitest-environment jsdom
/**
 * Every Mermaid block the report can produce goes through mermaid's own parser (the library GitHub
 * renders comments with), so a chart GitHub would refuse to draw fails here instead.
 */
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/report/chart.js';
import { join } from 'node:path';
import { loadThresholds } from '../../src/config/thresholds.js';
import { judge } from '../../src/judge/judge.js';
import { renderReport } from '../../src/report/markdown.js';
import type { TimeBucket } from '../../src/results/types.js';
import { passInput } from '../support/report-fixtures.js';
import { analyzeRecording, type RecordingName } from '../support/recordings.js';

const RECORDINGS: Array<[RecordingName, 'enqueue' | 'spike']> = [
  ['enqueue-full', 'enqueue'],
  ['spike-full', 'spike'],
  ['enqueue-errors', 'enqueue'],
  ['enqueue-server-down', 'enqueue'],
];

async function recordingReport(name: RecordingName, scenario: 'enqueue' | 'spike'): Promise<string> {
  const result = await analyzeRecording(name);
  const thresholds = await loadThresholds(join(import.meta.dirname, '../../thresholds', `${scenario}.t3-micro.json`));
  return renderReport({ result, verdict: judge(result, thresholds), context: passInput().context });
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] as string);
}

const bucket = (offsetMs: number, rps: number, p95: number | null, vus: number): TimeBucket => ({
  offsetMs,
  rps,
  p95,
  errors: 0,
  vus,
});

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false });
});

async function expectParses(block: string): Promise<void> {
  await expect(mermaid.parse(block), block).resolves.toMatchObject({ diagramType: 'xychart' });
}

describe('mermaid parses every chart', () => {
  it('refuses a broken chart, so the test can fail', async () => {
    await expect(mermaid.parse('xychart-beta\n    x-axis "time (s)" 0 --> \n    line [1, 2]')).rejects.toThrow();
  });

  it.each(RECORDINGS)('in the report of the %s recording', async (name, scenario) => {
    const blocks = mermaidBlocks(await recordingReport(name, scenario));
    expect(blocks).toHaveLength(3);
    for (const block of blocks) await expectParses(block);
  });

  it.each([
    ['one point', [bucket(0, 3, 4, 1)]],
    ['no request completed', [bucket(0, 0, null, 0), bucket(1000, 0, null, 0)]],
    ['fractions and large numbers', [bucket(0, 0.25, 0.4, 1), bucket(5000, 12_345.6, 98_765.4, 10_000)]],
    ['a series that is merged', Array.from({ length: 301 }, (_, i) => bucket(i * 1000, i, i, i))],
  ])('for %s', async (_, buckets) => {
    const blocks = mermaidBlocks(renderCharts({ bucketMs: 1000, buckets }));
    expect(blocks).toHaveLength(3);
    for (const block of blocks) await expectParses(block);
  });
});
