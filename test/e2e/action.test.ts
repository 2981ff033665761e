import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_K6, runAction } from '../support/action-runner.js';
import { loadFigures } from '../support/load-oracle.js';
import { RECORDINGS, type RecordingName } from '../support/recordings.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

const GITHUB_TOKEN = 'ghs_e2eGitHubToken0123456789abcdefABCDEF';
const PROMETHEUS_AUTH = 'Bearer prom-e2e-secret-9f8e7d6c5b4a';
const AUTH_TOKEN = jwt({ sub: '7', email: 'perf@festin.test', exp: Math.floor(Date.now() / 1000) + 24 * 3600 });

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJlLW9mLXRoZS10ZXN0LXRva2Vu`;
}

let api: GitHubApiServer | null = null;
let target: StandIn;
beforeAll(async () => {
  target = await startStandIn({ port: 0 });
});
afterAll(async () => target.close());
afterEach(async () => {
  await api?.close();
  api = null;
});

describe('dist/index.js run as the Actions runner runs it', () => {
  it('runs k6 (a replay of enqueue-errors), reports, comments once and passes with a warning', async () => {
    api = await startGitHubApiServer({ token: GITHUB_TOKEN });
    const run = await runAction(
      {
        'base-url': target.url,
        'auth-token': AUTH_TOKEN,
        'k6-path': FAKE_K6,
        'github-token': GITHUB_TOKEN,
        profile: 'quick',
      },
      { GITHUB_API_URL: api.url, FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-errors') },
    );

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    // The judged figures are the load's: k6's method over the requests that are not setup()'s or teardown()'s.
    const load = loadFigures('enqueue-errors');
    expect(run.outputs.verdict).toBe('warn');
    expect(Number(run.outputs['p95-ms'])).toBe(load.p95);
    expect(Number(run.outputs['p99-ms'])).toBe(load.p99);
    expect(Number(run.outputs['error-rate'])).toBe(load.errorRate);
    expect(Number(run.outputs.rps)).toBeGreaterThan(0);
    expect(run.outputs['report-json']).toBe(path.join(run.runnerTemp, 'perf-gate', 'perf-gate-report.json'));
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'));
    expect(report.verdict.status).toBe('warn');

    expect(run.summary).toContain('Performance gate passed with warnings');
    expect(run.summary).toContain('**Commit** `c0ffee0`');

    // GraphQL's viewer query is a POST that only reads.
    const writes = api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/festin/festin/issues/42/comments']);
    const posted = JSON.parse(writes[0]!.body).body as string;
    // Keyed by script and profile (issue 23, case 8): the quick run's comment is its own.
    expect(posted.split('\n')[0]).toBe('<!-- perf-gate:comment:enqueue-quick -->');
    expect(posted).toContain(run.summary.split('\n').find((line) => line.startsWith('## '))!);
    expect(run.outputs['comment-url']).toBe(api.comments[0]!.html_url);

    // k6 got the scenario's variables through its environment, the token only there.
    const runs = run.k6Calls.filter((c) => c.argv[0] === 'run');
    expect(runs).toHaveLength(1);
    const call = runs[0]!;
    expect(call.argv[0]).toBe('run');
    expect(call.argv.at(-1)).toMatch(/scenarios[\\/]enqueue-test\.js$/);
    expect(call.env).toEqual({ BASE_URL: target.url, BOOTH_ID: '1', PROFILE: 'quick' });
    expect(call.authTokenSha256).toBe(createHash('sha256').update(AUTH_TOKEN).digest('hex'));
    expect(call.inputVariables).toEqual([]);
    expect(call.argv.join(' ')).not.toContain(AUTH_TOKEN);
  });

  it('never lets a secret reach a log, output, summary, comment or file', async () => {
    api = await startGitHubApiServer({ token: GITHUB_TOKEN });
    const run = await runAction(
      {
        'base-url': target.url,
        'auth-token': AUTH_TOKEN,
        'k6-path': FAKE_K6,
        'github-token': GITHUB_TOKEN,
        // Not a Prometheus: every query fails, so the header's owner is named in warnings.
        'prometheus-url': target.url,
        'prometheus-auth-header': PROMETHEUS_AUTH,
      },
      { GITHUB_API_URL: api.url, FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-errors') },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*Prometheus/);
    const secrets = [AUTH_TOKEN, AUTH_TOKEN.split('.')[1]!, GITHUB_TOKEN, PROMETHEUS_AUTH];
    // The runner swallows ::add-mask:: commands; everything else would be shown or kept.
    const shown = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
    const produced = (await run.producedFiles()).map((file) => ({ ...file, text: shown(file.text) }));
    const places = [...produced, ...api.requests.map((r) => ({ path: `${r.method} ${r.path}`, text: r.body }))];
    expect(places.length).toBeGreaterThan(4);
    for (const place of places) {
      for (const secret of secrets)
        expect(place.text.includes(secret), `${secret.slice(0, 8)}… found in ${place.path}`).toBe(false);
    }
    // The runner masks what the action registered as secret.
    expect(run.stdout).toContain(`::add-mask::${AUTH_TOKEN}`);
  });

  it('fails the step with a one-line reason when the target went down during the run', async () => {
    api = await startGitHubApiServer({ token: GITHUB_TOKEN });
    const run = await runAction(
      { 'base-url': target.url, 'k6-path': FAKE_K6, 'github-token': GITHUB_TOKEN },
      { GITHUB_API_URL: api.url, FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-server-down') },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::no verdict without evidence: .*the load made no request/);
    expect(api.comments).toHaveLength(1);
  });

  it('stops on a bad input with exactly one ::error annotation, no stack trace and nothing published', async () => {
    api = await startGitHubApiServer({ token: GITHUB_TOKEN });
    const run = await runAction(
      { 'base-url': target.url, 'booth-id': '0', 'k6-path': FAKE_K6, 'github-token': GITHUB_TOKEN },
      { GITHUB_API_URL: api.url, FAKE_K6_RECORDING: path.join(RECORDINGS, 'enqueue-errors') },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      "::error::Input 'booth-id': '0' is not a positive integer. Set booth-id to the id of an existing booth on staging, e.g. 1",
    ]);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(api.requests).toEqual([]);
    expect(run.k6Calls).toEqual([]);
  });

  it.each<RecordingName>(['enqueue-full', 'spike-full', 'enqueue-errors', 'enqueue-server-down'])(
    'results-file mode on %s sets p95-ms, p99-ms and error-rate to the load’s figures by k6’s own method',
    async (recording) => {
      const run = await runAction({
        'results-file': path.join(RECORDINGS, recording, 'k6.ndjson.gz'),
        scenario: recording.startsWith('spike') ? 'spike' : 'enqueue',
        comment: 'never',
        'fail-on': 'never',
      });
      // A load that made no request is no run to judge: the step fails even with fail-on never.
      expect(run.exitCode, run.stdout).toBe(recording === 'enqueue-server-down' ? 1 : 0);
      const load = loadFigures(recording);
      const shown = (value: number | null) => (value === null ? '' : String(value));
      expect(run.outputs['p95-ms']).toBe(shown(load.p95));
      expect(run.outputs['p99-ms']).toBe(shown(load.p99));
      expect(run.outputs['error-rate']).toBe(shown(load.errorRate));
      expect(run.k6Calls).toEqual([]);
    },
  );
});
