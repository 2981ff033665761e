/**
 * The "Reproduce" command's quoting, checked by a real /bin/sh: every value comes back literally
 * and nothing in it runs.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reproduceCommand, type RunSettings } from '../../src/gate/run-context.js';
import { shellAssignment, shellQuote } from '../../src/report/shell-quote.js';

const HOSTILE = [
  'https://x.example/a;id;$(id)',
  'it\'s `uname` & | > < * ? ~ # ! \\ "q" $HOME ${PATH}',
  'line\nbreak\ttab',
  "''",
  '',
  '-n',
  'plain/path-1.2_x:y,z@h%+=',
];

describe('shellQuote', () => {
  it('gives words that sh reads back as exactly the original values', () => {
    const printed = execFileSync('/bin/sh', ['-c', `printf '%s\\0' ${HOSTILE.map(shellQuote).join(' ')}`], {
      encoding: 'utf8',
    });
    expect(printed.split('\0').slice(0, -1)).toEqual(HOSTILE);
  });

  it('leaves plain words bare and single-quotes the rest', () => {
    expect(shellQuote('scenarios/enqueue-test.js')).toBe('scenarios/enqueue-test.js');
    expect(shellQuote('https://x.example/a;id;$(id)')).toBe("'https://x.example/a;id;$(id)'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellAssignment('BASE_URL=a b=c')).toBe("BASE_URL='a b=c'");
  });
});

describe('reproduceCommand', () => {
  it('runs nothing from a hostile base URL or script path when pasted into sh, and passes them literally', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-reproduce-'));
    // A stand-in npx on PATH that prints what it was given.
    writeFileSync(path.join(dir, 'npx'), '#!/bin/sh\nprintf \'%s\\0\' "$AUTH_TOKEN" "$@"\n');
    chmodSync(path.join(dir, 'npx'), 0o755);
    const baseUrl = `https://x.example/a;id;$(touch ${dir}/pwned);\`touch ${dir}/pwned2\``;
    const config = {
      scenario: { kind: 'custom', scriptPath: `${dir}/load/my test;$(touch ${dir}/pwned3).js` },
      baseUrl,
      boothId: 3,
      profile: 'quick',
      authToken: 'jwt',
      thresholdsPath: `${dir}/load/limits;$(touch ${dir}/pwned4).json`,
    } as RunSettings;
    const command = reproduceCommand(config, dir);
    const printed = execFileSync('/bin/sh', ['-c', command], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
    });
    expect(printed.split('\0').slice(0, -1)).toEqual([
      '<your test JWT>',
      '--yes',
      'github:festin/perf-gate#v1',
      'run',
      '--base-url',
      baseUrl,
      '--scenario',
      `load/my test;$(touch ${dir}/pwned3).js`,
      '--profile',
      'quick',
      '--booth-id',
      '3',
      '--thresholds',
      `load/limits;$(touch ${dir}/pwned4).json`,
    ]);
    expect(['pwned', 'pwned2', 'pwned3', 'pwned4'].filter((f) => existsSync(path.join(dir, f)))).toEqual([]);
  });
});
