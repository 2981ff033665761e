import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionConfig } from '../../src/config/types.js';
import { reproduceCommand, testDataCleaned } from '../../src/gate/run-context.js';
import { analyzeFile } from '../../src/results/analyze.js';
import { RECORDINGS } from '../support/action-runner.js';

const config = (kind: ActionConfig['scenario']['kind'], authToken: string | null = null) =>
  ({
    scenario: { kind, scriptPath: kind === 'custom' ? '/ws/load/my-test.js' : `/action/scenarios/${kind}-test.js` },
    baseUrl: 'https://staging.festin.test',
    boothId: 3,
    profile: 'quick',
    authToken,
    thresholdsPath: kind === 'custom' ? '/ws/load/thresholds.json' : `/action/thresholds/${kind}.t3-micro.json`,
  }) as ActionConfig;

const analysed = (recording: string) => analyzeFile(path.join(RECORDINGS, recording, 'k6.ndjson.gz'));

describe('testDataCleaned', () => {
  it('is true when teardown() removed every test user (enqueue-full: 500 DELETEs, none failed)', async () => {
    expect(testDataCleaned(config('enqueue'), await analysed('enqueue-full'), false)).toBe(true);
  });

  it('is false when some of teardown()’s DELETEs failed (enqueue-errors: 17 of 500 answered 500)', async () => {
    expect(testDataCleaned(config('enqueue'), await analysed('enqueue-errors'), false)).toBe(false);
  });

  it('is unknown when teardown() sent nothing (enqueue-server-down: no test user was ever created)', async () => {
    expect(testDataCleaned(config('enqueue'), await analysed('enqueue-server-down'), false)).toBeNull();
  });

  it('is false when k6 died before teardown, and unknown for a user’s own script', async () => {
    const result = await analysed('enqueue-errors');
    const withoutTeardown = { ...result, endpoints: result.endpoints.filter((e) => e.phase !== 'teardown') };
    expect(testDataCleaned(config('enqueue'), withoutTeardown, true)).toBe(false);
    expect(testDataCleaned(config('enqueue'), withoutTeardown, false)).toBeNull();
    expect(testDataCleaned(config('custom'), result, false)).toBeNull();
  });
});

describe('reproduceCommand', () => {
  it('repeats the run through the packaged CLI and puts a placeholder where the token goes', () => {
    expect(reproduceCommand(config('spike', 'secret.jwt.value'), '/ws')).toBe(
      "AUTH_TOKEN='<your test JWT>' npx --yes github:festin/perf-gate#v1 run --base-url https://staging.festin.test --scenario spike --profile quick --booth-id 3",
    );
    expect(reproduceCommand(config('custom'), '/ws')).toBe(
      'npx --yes github:festin/perf-gate#v1 run --base-url https://staging.festin.test --scenario load/my-test.js --profile quick --booth-id 3 --thresholds load/thresholds.json',
    );
  });
});
