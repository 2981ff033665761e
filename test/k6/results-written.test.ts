import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resultsWritten } from '../../src/k6/results-written.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-written-'));
const file = (name: string, body: Buffer | string) => {
  const at = path.join(dir, name);
  writeFileSync(at, body);
  return at;
};

describe('resultsWritten', () => {
  it('sees results in a gzipped and a plain file', async () => {
    expect(await resultsWritten(file('a.ndjson.gz', gzipSync('{"metric":"x"}\n')))).toBe(true);
    expect(await resultsWritten(file('a.ndjson', '{"metric":"x"}\n'))).toBe(true);
  });

  it('sees none in a gzip stream of nothing (not empty on disk), an empty file or a missing one', async () => {
    const empty = gzipSync('');
    expect(empty.length).toBeGreaterThan(0);
    expect(await resultsWritten(file('empty.ndjson.gz', empty))).toBe(false);
    expect(await resultsWritten(file('empty.ndjson', ''))).toBe(false);
    expect(await resultsWritten(path.join(dir, 'missing.ndjson.gz'))).toBe(false);
  });
});
