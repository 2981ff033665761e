/**
 * History through the whole pipeline (run() in results-file mode on a real recording) against
 * a fake GitHub contents API: pushes to main record, a pull request compares with them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { REPO_ROOT } from '../support/action-runner.js';
import {
  startContentsServer,
  type ContentsServer,
  type ContentsServerOptions,
} from '../support/github-contents-server.js';
import { recordingIO } from '../support/recording-io.js';
import { scaledRecording } from '../history/scaled-recording.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-history-run-'));
const HISTORY_FILE = 'perf-gate/enqueue-test-full.json';
let server: ContentsServer | null = null;
const recordings = new Map<number, string>();
let runs = 0;

beforeAll(() => {
  for (const factor of [0.96, 1.04, 0.98, 1.02, 1, 1.6]) recordings.set(factor, scaledRecording(dir, factor));
});
afterEach(async () => {
  await server?.close();
  server = null;
});

async function contents(options: ContentsServerOptions = {}) {
  server = await startContentsServer(options);
  return server;
}

type Event = { kind: 'push'; sha: string } | { kind: 'pull_request'; sha: string };

/** One gate run on `event`, judging the recording scaled by `factor`. */
async function gate(api: ContentsServer, event: Event, factor: number, inputs: Record<string, string> = {}) {
  runs += 1;
  const eventPath = path.join(dir, `event-${runs}.json`);
  const repository = { default_branch: 'main', full_name: 'festin-team/festin' };
  const payload =
    event.kind === 'push'
      ? { ref: 'refs/heads/main', after: event.sha, repository }
      : {
          number: 7,
          pull_request: { number: 7, head: { sha: event.sha, ref: 'feature' }, base: { ref: 'main' } },
          repository,
        };
  writeFileSync(eventPath, JSON.stringify(payload));
  const { io, said } = recordingIO(
    {
      scenario: 'scenarios/enqueue-test.js',
      thresholds: 'thresholds/enqueue.t3-micro.json',
      'results-file': recordings.get(factor)!,
      'github-token': 'history-test-token',
      comment: 'never',
      ...inputs,
    },
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: REPO_ROOT,
      // The scaled recordings live in this run's temporary folder, as a downloaded artifact would.
      RUNNER_TEMP: dir,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'festin-team/festin',
      GITHUB_EVENT_NAME: event.kind,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF_NAME: event.kind === 'push' ? 'main' : '7/merge',
      GITHUB_SHA: event.sha,
    },
  );
  await run(io);
  return said;
}

const sha = (n: number) => `${String(n).repeat(7)}${'0'.repeat(33)}`.slice(0, 40);
const storedEntries = (api: ContentsServer) =>
  (JSON.parse(api.file('perf-gate-history', HISTORY_FILE) ?? '{"entries":[]}') as { entries: { commit: string }[] })
    .entries;

describe('history through the pipeline, on a fake GitHub contents API', () => {
  it('records five pushes to main, then judges pull requests against them', async () => {
    const api = await contents();
    const mainFactors = [0.96, 1.04, 0.98, 1.02, 1];
    for (const [i, factor] of mainFactors.entries()) {
      const said = await gate(api, { kind: 'push', sha: sha(i + 1) }, factor);
      expect(said.failures).toEqual([]);
      expect(said.warnings).toEqual([]);
      expect(said.outputs.baseline).toBe('thresholds-file');
      // Static baseline: error rate 2.8% is over the thresholds file's 0% + 1 point warning.
      expect(said.outputs.verdict).toBe('warn');
      expect(said.summaries[0]).toContain(
        i === 0
          ? '_history: no history yet: no perf-gate/enqueue-test-full.json on branch perf-gate-history; judged against the thresholds file._'
          : `_history: ${i} of 5 runs needed; judged against the thresholds file._`,
      );
      expect(said.summaries[0]).toContain(`Recorded in ${HISTORY_FILE} on branch perf-gate-history (${i + 1} run`);
    }
    expect(storedEntries(api).map((e) => e.commit)).toEqual([1, 2, 3, 4, 5].map(sha));
    expect(api.branches()).toEqual(['main', 'perf-gate-history']);

    const unchanged = await gate(api, { kind: 'pull_request', sha: sha(8) }, 1);
    expect(unchanged.warnings).toEqual([]);
    expect(unchanged.outputs.baseline).toBe('history');
    // History adds checks and never loosens the file's: its 0% + 1 point error-rate warning still warns.
    expect(unchanged.outputs.verdict).toBe('warn');
    expect(unchanged.failures).toEqual([]);
    expect(unchanged.summaries[0]).toContain('### History');
    expect(unchanged.summaries[0]).toMatch(
      /\| p95 \| [0-9.]+ ms \| [0-9.]+ ms \| ≤ [0-9.]+ ms \| [+-]?[0-9.]+% \| 5 \| ✅ within band \|/,
    );
    expect(unchanged.summaries[0]).toContain('_What the gate can detect today');
    expect(unchanged.summaries[0]).toContain(
      'x-axis "commit" ["1111111", "2222222", "3333333", "4444444", "5555555", "this run"]',
    );

    const slower = await gate(api, { kind: 'pull_request', sha: sha(9) }, 1.6);
    expect(slower.outputs.baseline).toBe('history');
    expect(slower.outputs.verdict).toBe('fail');
    expect(slower.failures[0]).toContain('p95 vs history');
    expect(slower.summaries[0]).toMatch(
      /\| p95 \| [0-9.]+ ms \| [0-9.]+ ms \| ≤ [0-9.]+ ms \| \+6[0-9]% \| 5 \| ❌ regression \|/,
    );
    // Pull requests never write the history.
    expect(storedEntries(api)).toHaveLength(5);
    expect(api.log.filter((l) => l.startsWith('PUT'))).toHaveLength(5);
  }, 120_000);

  it('keeps both entries when two pushes record at once', async () => {
    const api = await contents();
    api.holdPuts(2);
    const [a, b] = await Promise.all([
      gate(api, { kind: 'push', sha: sha(1) }, 1),
      gate(api, { kind: 'push', sha: sha(2) }, 1.02),
    ]);
    expect([...a.failures, ...b.failures, ...a.warnings, ...b.warnings]).toEqual([]);
    expect(
      storedEntries(api)
        .map((e) => e.commit)
        .sort(),
    ).toEqual([sha(1), sha(2)]);
    // The loser of the race was refused (422: no sha for an existing file) and wrote again.
    expect(api.log.filter((l) => l.startsWith('PUT')).map((l) => l.split(' ').at(-1))).toEqual(['201', '422', '200']);
  }, 60_000);

  it('judges a pull request against the thresholds file, with one warning, when the history branch is missing', async () => {
    const api = await contents();
    const said = await gate(api, { kind: 'pull_request', sha: sha(3) }, 1);
    expect(said.failures).toEqual([]);
    expect(said.warnings).toEqual([
      'History: no history yet: no perf-gate/enqueue-test-full.json on branch perf-gate-history; judged against the thresholds file.',
    ]);
    expect(said.outputs.baseline).toBe('thresholds-file');
    expect(said.outputs.verdict).toBe('warn');
  }, 60_000);

  it("falls back to the thresholds file when a fork's token cannot read the history (403)", async () => {
    const api = await contents({ readStatus: 403 });
    const said = await gate(api, { kind: 'pull_request', sha: sha(4) }, 1.6);
    expect(said.failures).toEqual([]);
    expect(said.warnings).toHaveLength(1);
    expect(said.warnings[0]).toMatch(
      /^History: the token cannot read perf-gate\/enqueue-test-full\.json on branch perf-gate-history \(.*HTTP 403.*\); a pull request from a fork gets a read-only token; judged against the thresholds file\.$/,
    );
    expect(said.warnings[0]).not.toContain('history-test-token');
    expect(said.outputs.baseline).toBe('thresholds-file');
    expect(said.summaries[0]).toContain('judged against the thresholds file._');
  }, 60_000);

  it('warns and still passes judgement when the token cannot write the history (403 on PUT)', async () => {
    const api = await contents({ writeStatus: 403 });
    const said = await gate(api, { kind: 'push', sha: sha(5) }, 1);
    expect(said.failures).toEqual([]);
    expect(said.warnings).toHaveLength(1);
    expect(said.warnings[0]).toContain('give the job that records `permissions: contents: write`');
    expect(said.outputs.verdict).toBe('warn');
  }, 60_000);

  it('turns history off with history: off', async () => {
    const api = await contents();
    const said = await gate(api, { kind: 'push', sha: sha(6) }, 1, { history: 'off' });
    expect(said.summaries[0]).not.toContain('### History');
    expect(api.log).toEqual([]);
    expect(said.outputs.baseline).toBe('thresholds-file');
  }, 60_000);
});
