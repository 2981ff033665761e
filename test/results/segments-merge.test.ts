import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/results/analyze.js';
import { analyzeFiles } from '../../src/results/analyze-files.js';
import type { RunResult } from '../../src/results/types.js';
import { RECORDINGS, RECORDING_PLANS } from '../support/recordings.js';
import { splitRecording, type SplitRule } from '../support/segment-files.js';

const stagePlan = RECORDING_PLANS['enqueue-full'];
const text = gunzipSync(readFileSync(path.join(RECORDINGS, 'enqueue-full', 'k6.ndjson.gz'))).toString('utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-segments-'));
let whole: RunResult;

beforeAll(async () => {
  const file = path.join(dir, 'whole.ndjson');
  writeFileSync(file, text);
  whole = await analyzeFile(file, { stagePlan });
});

function writeParts(rule: SplitRule, parts: number): string[] {
  return splitRecording(text, parts, rule).map((part, k) => {
    const file = path.join(dir, `${rule}-${parts}-${k + 1}.ndjson`);
    writeFileSync(file, part);
    return file;
  });
}

/** Everything but the names of the files. */
function figures(result: RunResult) {
  const { file: _file, instances: _instances, ...rest } = result;
  return rest;
}

/** The figures with every average left out: sums in another order may differ in the last bit. */
function withoutAverages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAverages);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'avg')
      .map(([key, v]) => [key, withoutAverages(v)]),
  );
}

describe('several segment files judged as one run', () => {
  it.each([2, 4])('a recording split into %i consecutive files gives exactly the figures of the whole', async (n) => {
    const files = writeParts('contiguous', n);
    const merged = await analyzeFiles(files, { stagePlan });
    // Every file but the last ends its load early, as no real instance does: each is named as short.
    const { evidence, ...rest } = figures(merged);
    const { evidence: wholeEvidence, ...wholeRest } = figures(whole);
    expect(rest).toEqual(wholeRest);
    expect(evidence.gaps.filter((g) => g.kind !== 'short-load')).toEqual(wholeEvidence.gaps);
    expect(evidence.gaps.filter((g) => g.kind === 'short-load').map((g) => g.message.split(' ran ')[0])).toEqual(
      files.slice(0, -1).map((f) => `the instance in ${f}`),
    );
    expect(merged.instances?.map((i) => i.skewMs)).toEqual(new Array(n).fill(0));
  });

  it('a recording split by request into 4 interleaved files: every count, percentile, min and max exact', async () => {
    const files = writeParts('interleaved', 4);
    const merged = await analyzeFiles(files, { stagePlan });
    expect(withoutAverages(figures(merged))).toEqual(withoutAverages(figures(whole)));
    expect(merged.overall.duration?.avg).toBeCloseTo(whole.overall.duration?.avg as number, 10);
    // k6's own summary figures, over the whole run, setup and teardown included.
    expect(merged.wholeRun.duration?.p95).toBe(13.798323299999995);
    expect(merged.wholeRun.duration?.p99).toBe(20.516883000000004);
  });

  it('aligns each instance to its own load start and reports the skew', async () => {
    const [first, second] = splitRecording(text, 2, 'interleaved') as [string, string];
    // The second instance started 2 s later: every one of its times moves by 2 s.
    const later = second.replace(/"time":"([^"]+)"/g, (_m, time: string) => {
      const ms = Date.parse(time) + 2000;
      const fraction = /\.(\d+)/.exec(time)?.[1] ?? '0';
      return `"time":"${new Date(ms).toISOString().slice(0, 19)}.${fraction}Z"`;
    });
    const a = path.join(dir, 'skew-1.ndjson');
    const b = path.join(dir, 'skew-2.ndjson');
    writeFileSync(a, first);
    writeFileSync(b, later);
    const merged = await analyzeFiles([a, b], { stagePlan });
    expect(merged.instances?.map((i) => i.skewMs)).toEqual([0, 2000]);
    expect(withoutAverages(merged.stages)).toEqual(withoutAverages(whole.stages));
    expect(merged.overall.duration?.p99).toBe(whole.overall.duration?.p99);
  });

  it('refuses files of different scenarios, naming the odd one out', async () => {
    const [first, second, third] = splitRecording(text, 3, 'interleaved') as [string, string, string];
    const files = [first, second, third.replaceAll('"scenario":"default"', '"scenario":"spike"')].map((part, k) => {
      const file = path.join(dir, `mixed-${k + 1}.ndjson`);
      writeFileSync(file, part);
      return file;
    });
    await expect(analyzeFiles(files, { stagePlan })).rejects.toThrow(
      `${files[2]}: ran scenario spike, the other files ran scenario default: judge together only the segment files of one test`,
    );
  });

  it('refuses files of different profiles where the samples carry a profile tag', async () => {
    const tagged = (part: string, profile: string) =>
      part.replaceAll('"scenario":"default"', `"profile":"${profile}","scenario":"default"`);
    const [first, second, third] = splitRecording(text, 3, 'interleaved') as [string, string, string];
    const files = [tagged(first, 'quick'), tagged(second, 'full'), tagged(third, 'full')].map((part, k) => {
      const file = path.join(dir, `profiles-${k + 1}.ndjson`);
      writeFileSync(file, part);
      return file;
    });
    await expect(analyzeFiles(files, { stagePlan })).rejects.toThrow(
      `${files[0]}: ran scenario default, profile quick, the other files ran scenario default, profile full`,
    );
  });
});
