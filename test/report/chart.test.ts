import { describe, expect, it } from 'vitest';
import { axisTop, downsample, renderCharts } from '../../src/report/chart.js';
import type { TimeBucket } from '../../src/results/types.js';

const bucket = (offsetMs: number, rps: number, p95: number | null, vus: number): TimeBucket => ({
  offsetMs,
  rps,
  p95,
  errors: 0,
  vus,
});

describe('downsample', () => {
  it('keeps short series as they are', () => {
    const buckets = [bucket(0, 5, 10, 1), bucket(1000, 7, 12, 2)];
    expect(downsample({ bucketMs: 1000, buckets })).toEqual({
      pointMs: 1000,
      points: [
        { offsetMs: 0, rps: 5, p95: 10, vus: 1 },
        { offsetMs: 1000, rps: 7, p95: 12, vus: 2 },
      ],
    });
  });

  it('merges to at most 60 points: mean throughput, highest p95 and VUs', () => {
    const buckets = Array.from({ length: 300 }, (_, i) => bucket(i * 1000, i, i % 5 === 0 ? null : i, i % 10));
    const { pointMs, points } = downsample({ bucketMs: 1000, buckets });
    expect(pointMs).toBe(5000);
    expect(points).toHaveLength(60);
    expect(points[1]).toEqual({ offsetMs: 5000, rps: 7, p95: 9, vus: 9 });
  });

  it('leaves p95 empty when no merged bucket had requests', () => {
    const buckets = [bucket(0, 0, null, 0), bucket(1000, 0, null, 0), bucket(2000, 1, 3, 1)];
    expect(downsample({ bucketMs: 1000, buckets }, 2).points.map((p) => p.p95)).toEqual([null, 3]);
  });
});

describe('axisTop', () => {
  it('rounds up to a readable number above the largest value', () => {
    expect([170, 200, 6057, 0.6, 0].map(axisTop)).toEqual([200, 250, 8000, 0.8, 1]);
  });
});

describe('renderCharts', () => {
  const init = (color: string) =>
    `%%{init: {"xyChart":{"width":700,"height":280},"themeVariables":{"xyChart":{"plotColorPalette":"${color}"}}}}%%`;

  it('draws requests/s, VUs and p95 each in its own chart over a numeric axis in seconds', () => {
    const text = renderCharts({
      bucketMs: 10_000,
      buckets: [bucket(0, 12.34, 8.2, 10), bucket(10_000, 150.6, null, 50), bucket(20_000, 160, 9.1, 50)],
    });
    expect(text).toBe(
      [
        '### Over time',
        '',
        '_Each point covers 10s; 0 s is the start of the load (after setup()), as in the stage windows. p95 is in ms. p95 is drawn as 0 where no request completed._',
        '',
        '```mermaid',
        init('#2f81f7'),
        'xychart-beta',
        '    title "Requests/s"',
        '    x-axis "time (s)" 0 --> 20',
        '    y-axis "req/s" 0 --> 200',
        '    line [12, 151, 160]',
        '```',
        '',
        '```mermaid',
        init('#d9730d'),
        'xychart-beta',
        '    title "Active VUs"',
        '    x-axis "time (s)" 0 --> 20',
        '    y-axis "VUs" 0 --> 60',
        '    line [10, 50, 50]',
        '```',
        '',
        '```mermaid',
        init('#e5534b'),
        'xychart-beta',
        '    title "p95 latency (ms)"',
        '    x-axis "time (s)" 0 --> 20',
        '    y-axis "ms" 0 --> 10',
        '    line [8.2, 0, 9.1]',
        '```',
      ].join('\n'),
    );
  });

  it('gives a single point an axis one point wide', () => {
    expect(renderCharts({ bucketMs: 5000, buckets: [bucket(0, 1, 2, 3)] })).toContain('x-axis "time (s)" 0 --> 5');
  });

  it('says so when there is nothing to chart', () => {
    expect(renderCharts({ bucketMs: 1000, buckets: [] })).toBe('### Over time\n\n_No samples to chart._');
  });
});
