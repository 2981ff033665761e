/** Issue 23 case 12: k6 prints its own file name first, so a k6 under another name is still k6. */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseK6VersionOutput } from '../../src/config/k6-version.js';
import { checkK6Path, execK6Version } from '../../src/k6/install-existing.js';

const REAL_K6 = '/usr/local/bin/k6';

describe('a k6 binary not named k6', () => {
  it.each([
    ['k6-0.49 v0.49.0 (commit/b5328aa782-dirty, go1.19.8, linux/amd64)', '0.49.0'],
    ['k6.exe v0.49.0 (go1.21.6, windows/amd64)', '0.49.0'],
    ['k6-v1 v1.0.0-rc1 (commit/abc, go1.24, linux/arm64)', '1.0.0-rc1'],
    ['k6 v0.49.0 (go1.21.6, linux/amd64)', '0.49.0'],
  ])('%s', (line, version) => {
    expect(parseK6VersionOutput(`${line}\n`)).toBe(version);
  });

  it('still refuses what is not k6', () => {
    expect(parseK6VersionOutput('curl 8.5.0 (x86_64-pc-linux-gnu)\n')).toBeNull();
    expect(parseK6VersionOutput('v0.49.0 (go)\n')).toBeNull();
  });

  it.skipIf(!existsSync(REAL_K6))('the real k6 copied to k6-0.49 is accepted', async () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gate-k6-name-')), 'k6-0.49');
    copyFileSync(REAL_K6, copy);
    const { chmodSync } = await import('node:fs');
    chmodSync(copy, 0o755);
    expect(await checkK6Path(copy, execK6Version)).toBe('0.49.0');
  });
});
