/** Issue 23 case 13: results-file reads regular files only, and says what a FIFO or a device is. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResultsFile, expandResultsFiles } from '../../src/config/results-files.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-results-kinds-'));
mkdirSync(path.join(dir, 'segments'));
writeFileSync(path.join(dir, 'segments', 'a.ndjson'), '{}\n');
execFileSync('mkfifo', [path.join(dir, 'segments', 'b.ndjson')]);
const fifo = path.join(dir, 'segments', 'b.ndjson');
symlinkSync('/dev/zero', path.join(dir, 'zero.ndjson'));

describe('results-file and special files', () => {
  it('a glob matching a FIFO takes only the regular files (a FIFO would hang the read)', async () => {
    const files = await Promise.race([
      expandResultsFiles(['segments/*.ndjson'], dir),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 5_000)),
    ]);
    expect(files).toEqual([path.join(dir, 'segments', 'a.ndjson')]);
  });

  it('a single FIFO is named as one, not as a file that does not exist', () => {
    expect(() => checkResultsFile(fifo)).toThrow(`Input 'results-file': ${fifo} is not a regular file (a named pipe)`);
  });

  it('/dev/zero is named as a device', () => {
    expect(() => checkResultsFile(path.join(dir, 'zero.ndjson'))).toThrow(
      `Input 'results-file': ${dir}/zero.ndjson is not a regular file (a device)`,
    );
  });
});
