import { describe, expect, it } from 'vitest';
import { grafanaDashboardUrl } from '../../src/metrics/grafana.js';

const window = { fromMs: 1768644000000, toMs: 1768644300000 };

describe('grafanaDashboardUrl', () => {
  it("adds the run's window as Grafana's absolute from/to in epoch ms", () => {
    expect(grafanaDashboardUrl('https://grafana.festin.example/d/festin/app', window)).toBe(
      'https://grafana.festin.example/d/festin/app?from=1768644000000&to=1768644300000',
    );
  });

  it('keeps the other query parameters and the fragment as written, replacing an old range', () => {
    expect(
      grafanaDashboardUrl('https://g.example/d/x?orgId=1&from=now-6h&var-app=fest%20in&to=now#panel-4', window),
    ).toBe('https://g.example/d/x?orgId=1&var-app=fest%20in&from=1768644000000&to=1768644300000#panel-4');
  });

  it('rounds the window outwards to whole milliseconds', () => {
    expect(grafanaDashboardUrl('http://localhost:3000/d/x?', { fromMs: 10.7, toMs: 20.2 })).toBe(
      'http://localhost:3000/d/x?from=10&to=21',
    );
  });

  it('gives null for something that is not an http(s) URL', () => {
    expect(grafanaDashboardUrl('javascript:alert(1)', window)).toBeNull();
    expect(grafanaDashboardUrl('grafana.festin.example', window)).toBeNull();
  });
});
