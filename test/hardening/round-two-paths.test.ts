/**
 * Issue 23 case 11: the local `history` path is confined like thresholds and results-file, and
 * what it points at is described, never echoed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { RECORDINGS } from '../support/recordings.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-round-two-paths-'));
const outside = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-outside-'));
const secretFile = path.join(outside, 'token.json');
writeFileSync(secretFile, 'ghp_SECRET0123456789abcdef\n');
copyFileSync(path.join(RECORDINGS, 'enqueue-errors', 'k6.ndjson.gz'), path.join(dir, 'run.ndjson.gz'));
symlinkSync(secretFile, path.join(dir, 'secret-history.json'));
symlinkSync('/dev/zero', path.join(dir, 'zero-history.json'));
mkdirSync(path.join(dir, 'dir-history.json'));
const runnerTemp = path.join(dir, 'runner-temp');

async function gate(inputs: Record<string, string>) {
  const { io, said } = recordingIO(
    { comment: 'never', 'results-file': 'run.ndjson.gz', ...inputs },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: runnerTemp },
  );
  await run(io);
  return said;
}

const everything = (said: Awaited<ReturnType<typeof gate>>) =>
  JSON.stringify([said.failures, said.warnings, said.info, said.summaries, said.outputs]);

describe('case 11: the local history path', () => {
  it('a symlink to a file outside the workspace is refused like thresholds, before it is read', async () => {
    const said = await gate({ history: 'secret-history.json' });
    expect(said.failures).toEqual([
      `Input 'history': ${dir}/secret-history.json (through a symlink, to ${secretFile}) is outside the workspace and RUNNER_TEMP (${dir}, ${runnerTemp}). Use a file inside the workspace or RUNNER_TEMP, or set allow-paths-outside-workspace: true if reading it is intended`,
    ]);
    expect(everything(said)).not.toContain('ghp_SECRET');
  });

  it('read when allowed, its content is never echoed in the error', async () => {
    const said = await gate({ history: 'secret-history.json', 'allow-paths-outside-workspace': 'true' });
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toMatch(/History file .*secret-history\.json: not valid JSON \(an unexpected character/);
    expect(everything(said)).not.toContain('ghp_SECRET');
  });

  it.each([
    ['zero-history.json', 'a device'],
    ['dir-history.json', 'a directory'],
  ])('%s is described (%s), not "a bug"', async (name, kind) => {
    const said = await gate({ history: name, 'allow-paths-outside-workspace': 'true' });
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toContain(`is not a regular file (${kind})`);
    expect(said.failures[0]).not.toMatch(/bug/i);
  });
});
