/** Issue 16: cut, empty and hostile k6 files give an honest result or a clear error, in bounded memory. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnalysisError, analyzeFile } from '../../src/results/analyze.js';
import { analyzeText } from '../support/analyze-text.js';
import { MAX_ENDPOINTS } from '../../src/results/summarize.js';
import { RECORDING_PLANS, recordingFile } from '../support/recordings.js';
import { at, declaration, k6File, point, request, vus } from './k6-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'perf-gate-hostile-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: Error) => e,
  );

/** A steady load of `seconds` (one request every 100 ms, tagged stage 0) with VU readings each second. */
function steadyRun(seconds: number, extra: string[] = []): string {
  const lines: string[] = [];
  for (let ms = 0; ms < seconds * 1000; ms += 100) {
    if (ms % 1000 === 0) lines.push(vus(ms, 10));
    lines.push(...request({ offsetMs: ms + 50, duration: 20 + (ms % 7), tags: { stage: '0' } }));
  }
  return k6File([...lines, ...extra]);
}
const PLAN_60S = { unit: 'vus' as const, start: 0, stages: [{ durationMs: 60_000, target: 10 }] };

describe('a cut or empty results file', () => {
  const text = gunzipSync(readFileSync(recordingFile('enqueue-errors'))).toString('utf8');

  it('a .gz cut in half is incomplete, even when the cut falls on a line end, and keeps all it decoded', async () => {
    const gz = gzipSync(Buffer.from(text));
    const half = gz.subarray(0, gz.length >> 1);
    const decodable = gunzipSync(half, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const wholeLines = decodable.slice(0, decodable.lastIndexOf('\n') + 1);
    const result = await analyzeFile(write('half.ndjson.gz', half));
    expect(result.overall).toEqual(analyzeText(wholeLines, 'x').overall);
    expect(result.evidence.complete).toBe(false);
    expect(result.evidence.gaps[0]).toMatchObject({ kind: 'truncated', message: expect.stringContaining('gzip') });
    // A gzip stream whose last 8 bytes (the trailer) are missing decodes every line: only its end tells.
    const noTrailer = await analyzeFile(write('no-trailer.ndjson.gz', gz.subarray(0, gz.length - 8)));
    expect(noTrailer.evidence.gaps.map((g) => g.kind)).toContain('truncated');
    expect((await analyzeFile(write('whole.ndjson.gz', gz))).evidence).toEqual({ complete: true, gaps: [] });
  });

  it.each([
    ['a 2-byte .gz', () => Buffer.from([0x1f, 0x8b])],
    ['only Metric lines', () => `${declaration('http_reqs', 'counter')}\n${declaration('vus', 'gauge')}\n`],
    ['no http_req_duration point', () => `${point('vus', at(0), 1, {})}\n${point('http_reqs', at(10), 1, {})}\n`],
  ])('%s: an error, "no load samples at all"', async (_what, content) => {
    const error = await failure(analyzeFile(write('nothing.ndjson.gz', content())));
    expect(error).toBeInstanceOf(AnalysisError);
    expect((error as Error).message).toContain('no load samples at all');
  });

  it('a whole gzip stream with bytes appended says exactly that', async () => {
    const gz = gzipSync(Buffer.from(steadyRun(2)));
    const error = await failure(analyzeFile(write('garbage.ndjson.gz', Buffer.concat([gz, Buffer.from('garbage!')]))));
    expect((error as Error).message).toContain('is a complete gzip stream followed by bytes that are not gzip');
    expect((error as Error).message).not.toContain('not a valid gzip file');
  });

  it('a directory "is a directory"', async () => {
    const folder = join(dir, 'results-folder');
    mkdirSync(folder);
    expect((await failure(analyzeFile(folder))) as Error).toHaveProperty(
      'message',
      expect.stringContaining('is a directory'),
    );
  });

  it('a line too long deep in the file is named by its number and where it starts', async () => {
    const head = steadyRun(1);
    const path = write('long-line.ndjson', Buffer.concat([Buffer.from(head), Buffer.alloc(17 * 1024 * 1024, 0x61)]));
    const message = ((await failure(analyzeFile(path))) as Error).message;
    const lines = head.split('\n').length - 1;
    expect(message).toContain(`line ${lines + 1}: starting ${head.length} bytes into the file, runs over 16 MB`);
  });
});

describe('samples that would size memory from their values', () => {
  it.each(['2999-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2027-11-24T15:09:20Z', '2030-06-01T00:00:00Z'])(
    'one request dated %s is counted, reported and left out',
    async (time) => {
      const hostile = [
        point('http_reqs', time, 1, { name: 'position', method: 'GET', status: '200', group: '', scenario: 'default' }),
        point('http_req_duration', time, 30, {
          name: 'position',
          method: 'GET',
          status: '200',
          group: '',
          scenario: 'default',
        }),
      ];
      const clean = analyzeText(steadyRun(20), 'x');
      const result = analyzeText(steadyRun(20, hostile), 'x');
      expect(result.durationMs).toBe(clean.durationMs);
      expect(result.timeSeries.buckets.length).toBe(clean.timeSeries.buckets.length);
      expect(result.overall.requests).toBe(clean.overall.requests);
      expect(result.evidence.gaps).toEqual([
        { kind: 'outside-time-span', message: "1 sample outside the run's time span was ignored", incomplete: true },
      ]);
    },
  );

  it.each(['10000000', '2000000000', 'abc', '1e7'])(
    'stage tag %s: left out of the stages, counted, no huge array',
    (stage) => {
      const hostile = request({ offsetMs: 500, duration: 10, tags: { stage } });
      const result = analyzeText(steadyRun(5, hostile), 'x');
      expect(result.stages).toHaveLength(1);
      expect(result.stages[0]?.requests).toBe(50);
      expect(result.overall.requests).toBe(51);
      expect(result.evidence.gaps).toEqual([
        expect.objectContaining({
          kind: 'bad-stage-tag',
          message: expect.stringContaining('1 load request with a stage tag'),
          incomplete: true,
        }),
      ]);
    },
  );

  it('values of 1e400, negative or a string are counted and reported, never NaN', () => {
    const tags = { name: 'position', method: 'GET', status: '200', group: '', scenario: 'default' };
    const hostile = [
      point('http_req_duration', at(300), 1, tags).replace('"value":1,', '"value":1e400,'),
      point('http_req_duration', at(400), -5, tags),
      point('http_req_duration', at(500), 1, tags).replace('"value":1,', '"value":"12",'),
    ];
    const result = analyzeText(steadyRun(5, hostile), 'x');
    const d = result.overall.duration;
    expect(d && Object.values(d).every((v) => typeof v !== 'number' || Number.isFinite(v))).toBe(true);
    expect(d?.count).toBe(50);
    expect(result.evidence.gaps).toEqual([
      expect.objectContaining({
        kind: 'bad-values',
        message: expect.stringContaining('3 samples with a value'),
        incomplete: true,
      }),
    ]);
  });
});

describe('too many distinct endpoints', () => {
  it('keeps the busiest, folds the rest into "other" and names the fix', () => {
    const distinct = 3_000;
    const lines: string[] = [];
    for (let i = 0; i < distinct; i++)
      lines.push(...request({ offsetMs: i, duration: 5, name: `/items/${i}` }).slice(0, 2));
    for (let i = 0; i < 5; i++) lines.push(...request({ offsetMs: i, duration: 5, name: '/items/7' }).slice(0, 2));
    const result = analyzeText(k6File(lines), 'x');
    expect(result.endpoints).toHaveLength(MAX_ENDPOINTS + 1);
    expect(result.endpoints[0]).toMatchObject({ name: '/items/7', requests: 6 });
    expect(result.endpoints.find((e) => e.name.startsWith('(other'))).toMatchObject({
      name: `(other: ${(distinct - MAX_ENDPOINTS).toLocaleString('en-US')} endpoints)`,
      requests: distinct - MAX_ENDPOINTS,
    });
    expect(result.overall.requests).toBe(distinct + 5);
    expect(result.evidence.complete).toBe(true);
    expect(result.evidence.gaps[0]?.message).toContain('`name` tag');
  });
});

describe('a run shorter than its plan', () => {
  it('is incomplete and says how much of the plan ran', () => {
    const result = analyzeText(steadyRun(13), 'x', { stagePlan: PLAN_60S });
    expect(result.evidence.gaps).toEqual([
      { kind: 'short-load', message: 'the load ran 13 s of the 60 s planned (22% of the plan)', incomplete: true },
    ]);
  });

  it('is complete within the margin, and for every recording with its plan', async () => {
    expect(analyzeText(steadyRun(58), 'x', { stagePlan: PLAN_60S }).evidence.complete).toBe(true);
    for (const name of ['enqueue-full', 'spike-full', 'enqueue-errors'] as const) {
      const result = await analyzeFile(recordingFile(name), { stagePlan: RECORDING_PLANS[name] });
      expect(result.evidence).toEqual({ complete: true, gaps: [] });
    }
  });
});
