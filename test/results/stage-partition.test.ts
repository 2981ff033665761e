/**
 * Issue 23 case 13: a tagged run's stage windows partition the load, and each stage's TPS is
 * the requests completed inside its window over its length. The real spike recording, whose
 * queue makes the 500/s stages' requests finish seconds late, tagged as the bundled scenario
 * tags it: each load request with the stage it started in.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/results/analyze.js';
import type { RunResult } from '../../src/results/types.js';
import { RECORDINGS, RECORDING_PLANS } from '../support/recordings.js';

const plan = RECORDING_PLANS['spike-full'];
let result: RunResult;
let loadEnds: number[];

/** The spike recording with a `stage` tag on every load request: the plan's stage at the request's start. */
function taggedByStart(text: string): { text: string; loadEnds: number[] } {
  const lines = text.split('\n');
  const setupEnd = lines.find((l) => l.includes('"metric":"iteration_duration"') && l.includes('"group":"::setup"'));
  const origin = Date.parse(/"time":"([^"]+)"/.exec(setupEnd as string)?.[1] as string);
  const stageAt = (offsetMs: number): number => {
    let end = 0;
    for (let i = 0; i < plan.stages.length; i++) {
      end += (plan.stages[i] as { durationMs: number }).durationMs;
      if (offsetMs < end) return i;
    }
    return plan.stages.length - 1;
  };
  const stageOfTime = new Map<string, number>();
  const ends: number[] = [];
  for (const line of lines) {
    if (!line.includes('"metric":"http_req_duration"') || !line.includes('"scenario":"spike"')) continue;
    const time = /"time":"([^"]+)"/.exec(line)?.[1] as string;
    const duration = Number(/"value":([^,}]+)/.exec(line)?.[1]);
    stageOfTime.set(time, stageAt(Date.parse(time) - duration - origin));
    ends.push(Date.parse(time) - origin);
  }
  const tagged = lines.map((line) => {
    if (!line.includes('"scenario":"spike"')) return line;
    const stage = stageOfTime.get(/"time":"([^"]+)"/.exec(line)?.[1] as string);
    return stage === undefined ? line : line.replace('"scenario":"spike"', `"scenario":"spike","stage":"${stage}"`);
  });
  return { text: tagged.join('\n'), loadEnds: ends };
}

beforeAll(async () => {
  const text = gunzipSync(readFileSync(path.join(RECORDINGS, 'spike-full', 'k6.ndjson.gz'))).toString('utf8');
  const tagged = taggedByStart(text);
  loadEnds = tagged.loadEnds;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gate-stage-partition-')), 'spike-tagged.ndjson');
  writeFileSync(file, tagged.text);
  result = await analyzeFile(file, { stagePlan: plan });
}, 120_000);

describe('stage windows of a tagged spike run', () => {
  it('are taken from the requests and never overlap: each starts where the previous ends', () => {
    expect(result.described.windowsFrom).toBe('requests');
    const windows = result.stages.map((s) => s.stage);
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]?.startMs).toBe(windows[i - 1]?.endMs);
    }
    // The queue is real: the 500/s stages' requests run on past the next stage's first request.
    expect(result.stages.map((s) => s.requests).reduce((a, b) => a + b, 0)).toBe(loadEnds.length);
  });

  it("each stage's TPS is the requests completed inside its window over its length", () => {
    const windows = result.stages.map((s) => s.stage);
    const completed = windows.map(
      (w, i) =>
        loadEnds.filter((end) => end >= w.startMs && (i === windows.length - 1 ? end <= w.endMs : end < w.endMs))
          .length,
    );
    expect(completed.reduce((a, b) => a + b, 0)).toBe(loadEnds.length);
    result.stages.forEach((s, i) => {
      expect(s.rps).toBeCloseTo((completed[i] as number) / ((s.stage.endMs - s.stage.startMs) / 1000), 9);
    });
  });
});
