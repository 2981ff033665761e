import { describe, expect, it } from 'vitest';
import { LineChunker } from '../../src/results/line-chunks.js';
import { LineScanner } from '../../src/results/line-scanner.js';
import { RunRecord } from '../../src/results/run-record.js';
import { tagTotals } from '../../src/results/tag-totals.js';
import { at, k6File, point, request } from './k6-lines.js';

function record(text: string): RunRecord {
  const runRecord = new RunRecord();
  const scanner = new LineScanner(runRecord);
  const chunker = new LineChunker();
  chunker.push(Buffer.from(text), (lines) => scanner.feed(lines));
  scanner.finish(chunker.rest());
  return runRecord;
}

describe('tagTotals', () => {
  it('counts each tag set’s rows, requests, durations, failures and latest times in one pass', () => {
    const tags = { group: '', method: 'GET', name: 'lonely', scenario: 'default', status: '200' };
    const run = record(
      k6File([
        ...request({ offsetMs: 0, duration: 2 }),
        ...request({ offsetMs: 1_000, duration: 4, status: 500 }),
        ...request({ offsetMs: 3_000, duration: 8 }),
        // A request row with a duration and no http_reqs or http_req_failed sample.
        point('http_req_duration', at(5_000), 16, tags),
      ]),
    );
    const ids = run.tags.all.map((t) => `${t.name} ${t.status}`);
    expect(ids).toEqual(['position 200', 'position 500', 'lonely 200']);
    const totals = tagTotals(run);
    const base = Date.parse(at(0));
    expect(Array.from(totals.requestRows)).toEqual([2, 1, 0]);
    expect(Array.from(totals.requests)).toEqual([2, 1, 0]);
    expect(Array.from(totals.durations)).toEqual([2, 1, 1]);
    expect(Array.from(totals.failSamples)).toEqual([2, 1, 0]);
    expect(Array.from(totals.failures)).toEqual([0, 1, 0]);
    expect(Array.from(totals.lastDurationMs, (t) => t - base)).toEqual([3_000, 1_000, 5_000]);
    expect(Array.from(totals.lastMs, (t) => t - base)).toEqual([3_000, 1_000, 5_000]);
  });
});
