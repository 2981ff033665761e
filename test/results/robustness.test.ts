/** Files k6 did not finish, files that are not k6's, and k6 output in shapes the fast path does not expect. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisError, analyzeFile } from '../../src/results/analyze.js';
import { analyzeText } from '../support/analyze-text.js';
import { ANALYSIS_SYSTEM_TAGS } from '../../src/results/k6-tags.js';
import type { RunResult } from '../../src/results/types.js';
import { k6File, point, request, at, vus } from './k6-lines.js';

const RECORDING = 'test/fixtures/recordings/enqueue-errors/k6.ndjson.gz';
const dir = mkdtempSync(join(tmpdir(), 'perf-gate-results-'));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The RunResult without the fields that name the file. */
function figures(result: RunResult): Omit<RunResult, 'file'> {
  const { file: _file, ...rest } = result;
  return rest;
}

describe('k6 stopped mid-write', () => {
  let text: string;
  let whole: RunResult;
  beforeAll(async () => {
    text = gunzipSync(readFileSync(RECORDING)).toString('utf8');
    whole = await analyzeFile(RECORDING);
  });

  it('ignores a cut last line of a plain file and says so', async () => {
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(cut.endsWith('\n')).toBe(false);
    const result = await analyzeFile(write('cut.ndjson', cut));
    const completeLines = cut.slice(0, cut.lastIndexOf('\n') + 1);
    const expected = analyzeText(completeLines, 'x');
    expect(result.truncated).toBe(true);
    expect(result.overall).toEqual(expected.overall);
    expect(result.overall.requests).toBeGreaterThan(0);
    expect(result.overall.requests).toBeLessThan(whole.overall.requests);
  });

  it('reads what a cut gzip stream holds', async () => {
    const gz = gzipSync(Buffer.from(text));
    const result = await analyzeFile(write('cut.ndjson.gz', gz.subarray(0, Math.floor(gz.length * 0.6))));
    expect(result.truncated).toBe(true);
    expect(result.overall.requests).toBeGreaterThan(0);
    expect(result.overall.requests).toBeLessThan(whole.overall.requests);
  });

  it('reads a complete last line without a newline', () => {
    const lines = k6File(request({ offsetMs: 0, duration: 5 })).trimEnd();
    const result = analyzeText(lines, 'x');
    expect(result.truncated).toBe(false);
    expect(result.overall.requests).toBe(1);
  });
});

describe('files that are not k6 output', () => {
  const rejects = async (path: string, ...fragments: string[]) => {
    const error = await analyzeFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalysisError);
    for (const fragment of [path, ...fragments]) expect((error as Error).message).toContain(fragment);
  };

  it('refuses an empty file: no load samples at all', async () => {
    await rejects(write('empty.ndjson', ''), 'no load samples at all');
  });

  it('names the file and the cause for text, JSON and binary that are not k6', async () => {
    await rejects(write('notes.txt', 'hello\nworld\n'), 'not k6 --out json output', 'found text that is not JSON');
    await rejects(write('other.json', '{"foo":1}\n{"bar":2}\n'), 'not k6 --out json output', 'found a JSON object');
    // The file may be anything a symlink points at: its content never reaches the message.
    const error = await analyzeFile(write('secret.txt', 'hello-secret\n')).catch((e: unknown) => e);
    expect((error as Error).message).not.toContain('hello-secret');
    await rejects(write('blob.bin', Buffer.alloc(17 * 1024 * 1024, 7)), 'line 1: starting 0 bytes into the file');
  });

  it('names the file when it is missing, a directory or broken gzip', async () => {
    await rejects(join(dir, 'missing.ndjson'), 'no such file');
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    await rejects(folder, 'is a directory');
    await rejects(
      write('broken.gz', Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(64, 0xab)])),
      'not a valid gzip file',
    );
  });

  it('names the line of a broken line within the file', async () => {
    const lines = k6File([
      ...request({ offsetMs: 0, duration: 5 }),
      '{"metric":"http_reqs","type":"Point","data":{oops',
      ...request({ offsetMs: 5, duration: 5 }),
    ]);
    await rejects(write('broken-line.ndjson', lines), 'line 12', 'not valid JSON');
  });

  it('reads gzip by its content, whatever the name', async () => {
    const content = k6File(request({ offsetMs: 0, duration: 5 }));
    const result = await analyzeFile(write('really-gzip.ndjson', gzipSync(content)));
    expect(result.overall.requests).toBe(1);
  });
});

describe('k6 output the fast path does not expect', () => {
  it('gives the same result when every line has its keys in another order (JSON.parse path)', async () => {
    const text = gunzipSync(readFileSync(RECORDING)).toString('utf8');
    const reordered = text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        const { type, metric, data } = JSON.parse(l) as { type: string; metric: string; data: Record<string, unknown> };
        return JSON.stringify({ data: Object.fromEntries(Object.entries(data).reverse()), type, metric });
      })
      .join('\n');
    const usual = await analyzeFile(RECORDING);
    expect(figures(analyzeText(reordered, 'x'))).toEqual(figures(usual));
  });

  it('ignores metrics and tags it does not know', () => {
    const plain = k6File([
      ...request({ offsetMs: 0, duration: 5 }),
      ...request({ offsetMs: 10, duration: 7, status: 500 }),
    ]);
    const noisy = k6File([
      point('my_custom_trend', at(0), 42, { anything: 'x' }),
      ...request({ offsetMs: 0, duration: 5, tags: { custom: 'a', instance_id: 'i-1' } }),
      '{"type":"Future","data":{}}',
      point('http_reqs_total_custom', at(3), 9, {}),
      ...request({ offsetMs: 10, duration: 7, status: 500, tags: { custom: 'b' } }),
    ]);
    expect(figures(analyzeText(noisy, 'x')).overall).toEqual(figures(analyzeText(plain, 'x')).overall);
  });

  it('reads a k6 v2 metadata object after the tags', () => {
    const line = request({ offsetMs: 0, duration: 5 })[1]?.replace(/\}\}$/, '},"metadata":{"trace_id":"abc"}}') ?? '';
    const result = analyzeText(k6File([line]), 'x');
    expect(result.overall.duration?.avg).toBe(5);
  });

  it('keeps non-ASCII tag values and reads times with a zone offset', () => {
    const lines = [
      point('http_reqs', '2026-11-25T00:09:15.5+09:00', 1, {
        name: '대기열',
        status: '0',
        error: '연결 거부',
        error_code: '1212',
        scenario: 'default',
      }),
      point('http_req_duration', '2026-11-25T00:09:15.5+09:00', 3, { name: '대기열', status: '0' }),
      vus(1000, 3),
    ];
    const result = analyzeText(k6File(lines), 'x');
    expect(result.endpoints.map((e) => e.name)).toEqual(['대기열']);
    expect(result.statuses[0]?.errors).toEqual([{ message: '연결 거부', count: 1 }]);
    expect(result.startTime).toBe('2026-11-24T15:09:15.500Z');
  });
});

describe('requests k6 wrote with the same time and tags', () => {
  it('keeps them apart', () => {
    const same = { offsetMs: 1_000, duration: 3 };
    const result = analyzeText(k6File([...request(same), ...request({ ...same, duration: 5 })]), 'x');
    expect([result.overall.requests, result.overall.duration?.count, result.overall.duration?.avg]).toEqual([2, 2, 4]);
  });

  it('counts samples written apart, out of k6 order', () => {
    const [reqs, duration, , , , , , , failed] = request({ offsetMs: 0, duration: 3, status: 500 });
    const result = analyzeText(k6File([failed ?? '', duration ?? '', reqs ?? '']), 'x');
    expect([result.overall.requests, result.overall.failed, result.overall.duration?.count]).toEqual([1, 1, 1]);
  });
});

describe('k6 run with --system-tags limited to ANALYSIS_SYSTEM_TAGS', () => {
  it('gives the same result as with all system tags', async () => {
    const keep = new Set<string>(ANALYSIS_SYSTEM_TAGS);
    const text = gunzipSync(readFileSync(RECORDING)).toString('utf8');
    const trimmed = text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        const line = JSON.parse(l) as { data: { tags?: Record<string, string> } };
        if (line.data.tags)
          line.data.tags = Object.fromEntries(Object.entries(line.data.tags).filter(([k]) => keep.has(k)));
        return JSON.stringify(line);
      })
      .join('\n');
    expect([text.includes('"url":'), trimmed.includes('"url":'), trimmed.includes('"proto":')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(figures(analyzeText(trimmed, 'x'))).toEqual(figures(await analyzeFile(RECORDING)));
  });
});
