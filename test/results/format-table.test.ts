import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyze-text.js';
import { formatRunResult } from '../../src/results/format-table.js';
import { k6File, point, at, request, vus } from './k6-lines.js';

const run = k6File([
  ...request({ offsetMs: 0, duration: 12.5, group: '::setup', name: 'login', method: 'POST' }),
  ...request({ offsetMs: 1_000, duration: 3.25, name: 'enqueue', method: 'POST', status: 201, tags: { stage: '0' } }),
  vus(1_500, 2),
  ...request({ offsetMs: 2_000, duration: 4, tags: { stage: '0' } }),
  ...request({
    offsetMs: 3_000,
    duration: 0,
    status: 0,
    tags: { stage: '1', error: 'dial: connection refused', error_code: '1212' },
  }),
  point('checks', at(3_000), 1, { check: 'status is 200' }),
  point('checks', at(3_000), 0, { check: 'status is 200' }),
  point('iterations', at(3_500), 1, {}),
  ...request({ offsetMs: 4_000, duration: 1.5, group: '::teardown', name: 'cancel', method: 'DELETE', status: 204 }),
]);

describe('formatRunResult', () => {
  it('prints overall, endpoint, status and stage tables', async () => {
    await expect(formatRunResult(analyzeText(run, 'results/k6.ndjson'))).toMatchFileSnapshot(
      '__snapshots__/format-table.txt',
    );
  });

  it('says when the file was cut short', () => {
    expect(formatRunResult(analyzeText(`${run}{"metric":"http_re`, 'cut.ndjson')).split('\n')[0]).toBe(
      'k6 results: cut.ndjson (last line cut short: k6 was stopped mid-write)',
    );
  });
});
