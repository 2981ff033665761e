/** Issue 16: a run whose results are incomplete can warn or fail, never pass; the first line says what is missing. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadThresholds } from '../../src/config/thresholds.js';
import { capVerdictByEvidence } from '../../src/judge/evidence.js';
import { judge } from '../../src/judge/judge.js';
import type { Verdict } from '../../src/judge/types.js';
import { renderHeadline } from '../../src/report/headline.js';
import { analyzeFile } from '../../src/results/analyze.js';
import type { Evidence } from '../../src/results/types.js';
import { RECORDING_PLANS, recordingFile } from '../support/recordings.js';
import { context } from '../support/report-fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-evidence-'));

describe('the whole recorded run passes; the same run cut short does not', () => {
  it('a .gz cut at 3 m 42 s of the 5-minute enqueue run warns and the headline says why', async () => {
    const thresholds = await loadThresholds('thresholds/enqueue.t3-micro.json');
    const plan = RECORDING_PLANS['enqueue-full'];
    const whole = await analyzeFile(recordingFile('enqueue-full'), { stagePlan: plan });
    expect(judge(whole, thresholds).status).toBe('pass');

    const text = gunzipSync(readFileSync(recordingFile('enqueue-full')));
    const gz = gzipSync(text);
    const cutFile = path.join(dir, 'cut.ndjson.gz');
    writeFileSync(cutFile, gz.subarray(0, Math.floor(gz.length * 0.74)));
    const cut = await analyzeFile(cutFile, { stagePlan: plan });
    const verdict = judge(cut, thresholds);
    expect(verdict.status).toBe('warn');
    const firstLine = renderHeadline(verdict, cut, context()).split('\n')[0];
    expect(firstLine).toMatch(
      /^## ⚠️ Performance gate passed with warnings: .*; incomplete results: the gzip results file is cut short \(its end never arrived\); the load ran \d+ s of the 300 s planned \(\d+% of the plan\)$/,
    );
  });
});

describe('capVerdictByEvidence', () => {
  const verdict = (status: Verdict['status']): Verdict => ({ status, checks: [], knee: null });
  const gap = (kind: Evidence['gaps'][number]['kind'], incomplete = true) => ({ kind, message: kind, incomplete });
  const evidence = (...gaps: Evidence['gaps']): Evidence => ({ complete: gaps.every((g) => !g.incomplete), gaps });

  it('lifts pass to warn when evidence is missing, keeps warn and fail', () => {
    expect(capVerdictByEvidence(verdict('pass'), evidence(gap('k6-ended-early'))).status).toBe('warn');
    expect(capVerdictByEvidence(verdict('fail'), evidence(gap('truncated'))).status).toBe('fail');
    expect(capVerdictByEvidence(verdict('warn'), evidence(gap('short-load'))).status).toBe('warn');
  });

  it('leaves a complete run alone (a folded endpoint list hides no load), and fails a run whose load sent nothing', () => {
    expect(capVerdictByEvidence(verdict('pass'), evidence(gap('endpoints-folded', false))).status).toBe('pass');
    expect(capVerdictByEvidence(verdict('pass'), evidence(gap('no-load-requests'))).status).toBe('fail');
  });
});
