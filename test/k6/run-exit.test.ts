/** Issue 16: k6 ended early (killed, a wrapper's exit 137): its results are kept, judged, and marked incomplete. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { interpretK6Exit, lastK6Error } from '../../src/k6/exit-codes.js';
import { runK6 } from '../../src/k6/run.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { RECORDING_PLANS, RECORDINGS } from '../support/recordings.js';

const FAKE_K6 = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/fake-k6.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-k6-exit-'));

const run = (name: string, env: Record<string, string>) =>
  runK6({
    k6Path: FAKE_K6,
    scriptPath: 'enqueue.js',
    resultsPath: path.join(dir, `${name}.ndjson`),
    scriptEnv: { FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-errors'), ...env },
    log: new PassThrough().resume(),
  });

describe('k6 ended early', () => {
  it('killed by SIGKILL: named so, and the results it wrote are judged as incomplete, shorter than the plan', async () => {
    const outcome = await run('killed', { FAKE_K6_KILL_AFTER_BYTES: '2500000' });
    expect(outcome.exit).toMatchObject({ code: null, analysable: true, complete: false });
    expect(outcome.exit.meaning).toBe('k6 was killed by SIGKILL before it finished');
    const result = await analyzeFile(outcome.resultsPath, {
      stagePlan: RECORDING_PLANS['enqueue-errors'],
      k6Exit: outcome.exit,
    });
    expect(result.overall.requests).toBeGreaterThan(0);
    expect(result.evidence.complete).toBe(false);
    expect(result.evidence.gaps.map((g) => g.kind)).toEqual(['truncated', 'k6-ended-early', 'short-load']);
    expect(result.evidence.gaps[2]?.message).toMatch(/^the load ran \d+ s of the 40 s planned \(\d+% of the plan\)$/);
  });

  it('a wrapper that exits 137 (128 + 9): killed by SIGKILL, not "bad flags"; its results are kept', async () => {
    const outcome = await run('exit137', { FAKE_K6_EXIT: '137' });
    expect(outcome.exit).toMatchObject({ code: 137, analysable: true, complete: false });
    expect(outcome.exit.meaning).toContain('killed by SIGKILL');
    expect(outcome.exit.meaning).not.toContain('bad flags');
    const result = await analyzeFile(outcome.resultsPath, { k6Exit: outcome.exit });
    expect(result.evidence.gaps).toEqual([
      { kind: 'k6-ended-early', message: `k6 ended early: ${outcome.exit.meaning}`, incomplete: true },
    ]);
  });

  it('other signals by number; a plain unknown code stays unjudgeable', () => {
    expect(interpretK6Exit(143).meaning).toContain('SIGTERM');
    expect(interpretK6Exit(null, null, 'SIGTERM').meaning).toBe('k6 was killed by SIGTERM before it finished');
    expect(interpretK6Exit(255)).toMatchObject({ analysable: false, complete: false });
  });
});

describe("k6's error line", () => {
  const recordedStderr = (name: string) =>
    gunzipSync(readFileSync(path.join(RECORDINGS, name, 'stderr.txt.gz'))).toString('utf8');

  it('a level=info line from the script is never quoted as the reason (recorded stderr ends with one)', () => {
    const stderr = recordedStderr('enqueue-errors');
    expect(stderr.trim().split('\n').at(-1)).toContain('level=info');
    expect(lastK6Error(stderr)).toBeNull();
    // A killed k6 leaves the script's chatter last, with a warning before it: still nothing to quote.
    expect(lastK6Error(recordedStderr('spike-full').split('\n').slice(0, -2).join('\n'))).toBeNull();
  });

  it("takes k6's level=error line, or a plain line such as the flag parser's", () => {
    expect(lastK6Error(recordedStderr('enqueue-server-down'))).toBe(
      "thresholds on metrics 'http_req_failed' have been crossed",
    );
    expect(lastK6Error('unknown flag: --system-tagz\n')).toBe('unknown flag: --system-tagz');
  });
});
