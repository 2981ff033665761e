import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDuetSamples } from '../../src/results/duet-samples.js';

const fixture = path.join(import.meta.dirname, '../fixtures/duet/equal-1.ndjson.gz');

describe('readDuetSamples on a gzip cut short (k6 killed while writing)', () => {
  it('reads what could be decoded instead of leaving gunzip’s error unhandled', async () => {
    const whole = await readDuetSamples(fixture);
    const bytes = readFileSync(fixture);
    const cut = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gate-duet-cut-')), 'cut.ndjson.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const part = await readDuetSamples(cut);
    expect(whole?.head.durations.length).toBeGreaterThan(0);
    expect(part?.head.durations.length).toBeGreaterThan(0);
    expect(part!.head.durations.length).toBeLessThan(whole!.head.durations.length);
  });
});
