import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/results/analyze-files.js';
import { handOverSegment } from '../../src/k6/segment-run.js';
import { interpretK6Exit } from '../../src/k6/exit-codes.js';
import { RECORDINGS, RECORDING_PLANS } from '../support/recordings.js';
import { splitRecording } from '../support/segment-files.js';

const stagePlan = RECORDING_PLANS['enqueue-full'];
const text = gunzipSync(readFileSync(path.join(RECORDINGS, 'enqueue-full', 'k6.ndjson.gz'))).toString('utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-instances-'));
const [first, second] = splitRecording(text, 2, 'interleaved') as [string, string];

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The part's lines up to `share` of its time span, as a k6 stopped then would have left it. */
function stoppedAt(part: string, share: number, cutMidLine = false): string {
  const lines = part.split('\n');
  const times = lines.map((l) => /"time":"([^"]+)"/.exec(l)?.[1]).filter((t): t is string => t !== undefined);
  const from = Date.parse(times[0] as string);
  const to = Date.parse(times[times.length - 1] as string);
  const cutoff = from + (to - from) * share;
  const kept = lines.filter((l) => {
    const time = /"time":"([^"]+)"/.exec(l)?.[1];
    return time === undefined || Date.parse(time) <= cutoff;
  });
  const out = kept.join('\n');
  return cutMidLine ? `${out}\n{"metric":"http_req_dur` : `${out}\n`;
}

describe('case 1: a segment cut short is not judged complete once merged', () => {
  it('segment 2 stopped at 63% of its run: the merged evidence is incomplete and names its file', async () => {
    const a = write('seg-1.ndjson', first);
    const b = write('seg-2-stopped.ndjson', stoppedAt(second, 0.63));
    const merged = await analyzeFiles([a, b], { stagePlan });
    expect(merged.evidence.complete).toBe(false);
    const short = merged.evidence.gaps.filter((g) => g.kind === 'short-load');
    expect(short).toHaveLength(1);
    expect(short[0]?.message).toMatch(new RegExp(`^the instance in ${b} ran its load \\d+ s of the 300 s planned`));
  });

  it('a segment cut at a line boundary at 35%: incomplete, even without a plan (held to the longest instance)', async () => {
    const a = write('seg-1b.ndjson', first);
    const b = write('seg-2-35.ndjson', stoppedAt(second, 0.35));
    const merged = await analyzeFiles([a, b]);
    expect(merged.evidence.complete).toBe(false);
    expect(merged.evidence.gaps.find((g) => g.kind === 'short-load')?.message).toContain('the longest instance ran');
  });

  it('two whole segments stay complete', async () => {
    const merged = await analyzeFiles([write('w-1.ndjson', first), write('w-2.ndjson', second)], { stagePlan });
    expect(merged.evidence).toEqual({ complete: true, gaps: [] });
  });

  it('the segment step warns when its k6 ended early', () => {
    const warnings: string[] = [];
    const io = { info: () => {}, warning: (m: string) => warnings.push(m), setOutput: () => {} };
    const run = { resultsPath: '/tmp/seg.ndjson', exit: interpretK6Exit(105) };
    handOverSegment(io, { index: 2, count: 2 }, run);
    expect(warnings).toEqual([
      'Segment 2/2: k6 ended early (aborted from outside (signal or REST API)): this share of the load is incomplete, and the judging job will mark the merged run incomplete',
    ]);
    warnings.length = 0;
    handOverSegment(io, { index: 1, count: 2 }, { ...run, exit: interpretK6Exit(0) });
    expect(warnings).toEqual([]);
  });
});

describe('case 2: the same file given twice is refused, not counted twice', () => {
  it('a copy of a segment file', async () => {
    const a = write('dup-1.ndjson', first);
    const b = write('dup-2.ndjson', second);
    const copy = write('dup-2-copy.ndjson', second);
    await expect(analyzeFiles([a, b, copy], { stagePlan })).rejects.toThrow(
      `${copy} (the same samples as ${b}): holds the same samples as another file given`,
    );
  });

  it('a symlink to a segment file, and the same path twice', async () => {
    const a = write('ln-1.ndjson', first);
    const b = write('ln-2.ndjson', second);
    const link = path.join(dir, 'ln-2-link.ndjson');
    symlinkSync(b, link);
    await expect(analyzeFiles([a, b, link], { stagePlan })).rejects.toThrow(`${link} (the same samples as ${b})`);
    await expect(analyzeFiles([a, a], { stagePlan })).rejects.toThrow(`${a} (the same samples as ${a})`);
  });
});
