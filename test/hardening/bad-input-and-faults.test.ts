/**
 * Every bad input and fault perf-gate must survive, one row each, with the exact message a
 * user sees. Bad input: one error naming the input and the fix, before any load is sent, and
 * nothing published. Faults: a clear one-line reason, and whatever can still be reported is.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { stagePlanFor } from '../../scenarios/lib/options.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { FAKE_K6, RECORDINGS } from '../support/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { recordingIO } from '../support/recording-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-hardening-'));
const file = (name: string, content: string, mode = 0o644) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  chmodSync(full, mode);
  return full;
};
// Files outside the workspace (dir) and RUNNER_TEMP (dir/runner-temp): a runner's credentials, say.
const outside = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-outside-'));
const secretFile = path.join(outside, 'credentials.json');
writeFileSync(secretFile, '{"checks":[{"figure":"p95","limit":"hunter2-secret"}]}\n');
const inWorkspaceLink = (name: string) => {
  const link = path.join(dir, name);
  if (!existsSync(link)) symlinkSync(secretFile, link);
  return name;
};
const outsideMessage = (input: string, shown: string, via = '') =>
  `Input '${input}': ${shown}${via} is outside the workspace and RUNNER_TEMP (${dir}, ${dir}/runner-temp). Use a file inside the workspace or RUNNER_TEMP, or set allow-paths-outside-workspace: true if reading it is intended`;
const jwt = (exp: number) =>
  [{ alg: 'HS256' }, { sub: '1', exp }]
    .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
    .join('.') + '.c2ln';
const NOW_S = Math.floor(Date.now() / 1000);

let target: StandIn;
let notFoundServer: Server;
let notFoundUrl: string;
const k6Log = path.join(dir, 'k6-calls.ndjson');
const k6Calls = () =>
  existsSync(k6Log)
    ? readFileSync(k6Log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

beforeAll(async () => {
  target = await startStandIn({ port: 0 });
  notFoundServer = createServer((_req, res) => res.writeHead(404).end('Not Found'));
  await new Promise<void>((resolve) => notFoundServer.listen(0, '127.0.0.1', resolve));
  notFoundUrl = `http://127.0.0.1:${(notFoundServer.address() as AddressInfo).port}`;
  process.env.RUNNER_TEMP = path.join(dir, 'runner-temp');
  process.env.RUNNER_TOOL_CACHE = path.join(dir, 'tool-cache');
  process.env.FAKE_K6_LOG = k6Log;
  process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'enqueue-errors');
});
afterAll(async () => {
  await target.close();
  await new Promise((resolve) => notFoundServer.close(resolve));
});
beforeEach(() => {
  writeFileSync(k6Log, '');
  for (const knob of ['FAKE_K6_EXIT', 'FAKE_K6_STDERR', 'FAKE_K6_KILL_AFTER_BYTES']) delete process.env[knob];
});

async function gate(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const { io, said } = recordingIO(
    { 'base-url': target.url, 'k6-path': FAKE_K6, comment: 'never', ...inputs },
    { GITHUB_WORKSPACE: dir, RUNNER_TEMP: process.env.RUNNER_TEMP, ...env },
  );
  await run(io);
  return said;
}

interface BadInput {
  name: string;
  inputs: () => Record<string, string>;
  message: () => string;
}

const badInputs: BadInput[] = [
  {
    name: 'unknown scenario',
    inputs: () => ({ scenario: 'soak' }),
    message: () =>
      "Input 'scenario': 'soak' is not a bundled scenario. Use enqueue or spike, or the path of your own k6 script (e.g. ./load/my-test.js)",
  },
  {
    name: 'scenario path that does not exist',
    inputs: () => ({ scenario: './load/missing.js' }),
    message: () =>
      `Input 'scenario': the k6 script ${dir}/load/missing.js does not exist. Check the path (it is relative to the workspace) and that the file is checked out`,
  },
  {
    name: 'base-url empty',
    inputs: () => ({ 'base-url': '' }),
    message: () =>
      "Input 'base-url': is empty. Set base-url to your staging URL, e.g. https://staging.example.com, or give results-file to judge an existing k6 run",
  },
  {
    name: 'base-url not http(s)',
    inputs: () => ({ 'base-url': 'ftp://staging.example.com' }),
    message: () =>
      "Input 'base-url': 'ftp:' is not http or https. Give an absolute http(s) URL such as https://staging.example.com",
  },
  {
    name: 'base-url not a URL',
    inputs: () => ({ 'base-url': 'staging.example.com' }),
    message: () =>
      "Input 'base-url': 'staging.example.com' is not a URL. Give an absolute http(s) URL such as https://staging.example.com",
  },
  {
    name: 'base-url with credentials (not echoed)',
    inputs: () => ({ 'base-url': 'https://deploy:hunter2@staging.example.com' }),
    message: () =>
      "Input 'base-url': contains credentials (user:password@). Remove them from the URL; pass credentials through auth-token, which is kept secret",
  },
  {
    name: 'booth-id zero',
    inputs: () => ({ 'booth-id': '0' }),
    message: () =>
      "Input 'booth-id': '0' is not a positive integer. Set booth-id to the id of an existing booth on staging, e.g. 1",
  },
  {
    name: 'booth-id not a number',
    inputs: () => ({ 'booth-id': 'main-stage' }),
    message: () =>
      "Input 'booth-id': 'main-stage' is not a positive integer. Set booth-id to the id of an existing booth on staging, e.g. 1",
  },
  {
    name: 'unknown profile',
    inputs: () => ({ profile: 'medium' }),
    message: () => "Input 'profile': 'medium' is not one of full, quick. Set profile to one of full, quick",
  },
  {
    name: 'unknown comment mode',
    inputs: () => ({ comment: 'sometimes' }),
    message: () =>
      "Input 'comment': 'sometimes' is not one of always, on-failure, never. Set comment to one of always, on-failure, never",
  },
  {
    name: 'unknown fail-on',
    inputs: () => ({ 'fail-on': 'error' }),
    message: () => "Input 'fail-on': 'error' is not one of fail, warn, never. Set fail-on to one of fail, warn, never",
  },
  {
    name: 'thresholds file missing',
    inputs: () => ({ thresholds: 'perf/limits.json' }),
    message: () =>
      `Input 'thresholds': the file ${dir}/perf/limits.json does not exist. Check the path (it is relative to the workspace), or leave thresholds empty for the bundled t3.micro baseline`,
  },
  {
    name: 'thresholds file not JSON',
    inputs: () => ({ thresholds: file('not-json.json', '{ "checks": [ }') }),
    message: () =>
      `Input 'thresholds': ${dir}/not-json.json: not valid JSON at line 1, column 15 (unexpected character); fix the syntax (a trailing comma or a missing quote?)`,
  },
  {
    name: 'thresholds file breaking the schema (every problem listed)',
    inputs: () => ({
      thresholds: file(
        'bad-schema.json',
        JSON.stringify({
          scenario: 'enqueue',
          checks: [
            { figure: 'p95', limit: 'fast' },
            { figure: 'p42', limit: 1 },
          ],
        }),
      ),
    }),
    message: () =>
      [
        `Input 'thresholds': ${dir}/bad-schema.json: $.checks[0].limit: expected a number ≥ 0 (ms for latencies, a fraction for error-rate, cpu and heap), got "fast"`,
        `${dir}/bad-schema.json: $.checks[1].figure: expected one of "p95", "p99", "avg", "max", "error-rate", "rps", "dropped-iterations", "cpu", "pool-pending", "pool-active", "heap", "gc-pauses", got "p42"`,
      ].join('\n'),
  },
  {
    name: 'k6-version malformed',
    inputs: () => ({ 'k6-version': 'latest', 'k6-path': '' }),
    message: () =>
      "Input 'k6-version': 'latest' is not a k6 release version. Use the form 1.2.3 (or v1.2.3), one of https://github.com/grafana/k6/releases",
  },
  {
    name: 'k6-version not published',
    inputs: () => ({ 'k6-version': '9.9.9', 'k6-path': '', 'k6-download-base-url': notFoundUrl }),
    message: () =>
      `k6 v9.9.9 is not published: ${notFoundUrl}/v9.9.9/k6-v9.9.9-checksums.txt answered 404. Set k6-version to a released version (see https://github.com/grafana/k6/releases), or k6-path to a k6 you provide.`,
  },
  {
    name: 'k6-path not executable',
    inputs: () => ({ 'k6-path': file('k6-not-executable', '#!/bin/sh\necho k6 v0.49.0\n', 0o644) }),
    message: () =>
      `k6-path "${dir}/k6-not-executable" is not executable: run chmod +x on it. Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`,
  },
  {
    name: 'k6-path not k6',
    inputs: () => ({ 'k6-path': file('not-k6', '#!/bin/sh\necho "hello from not-k6"\n', 0o755) }),
    message: () =>
      `k6-path "${dir}/not-k6" is not k6: "${dir}/not-k6 version" exited 0 printing "hello from not-k6", where k6 prints "k6 vX.Y.Z (…)". Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`,
  },
  {
    name: 'results-file missing',
    inputs: () => ({ 'results-file': 'k6/results.ndjson' }),
    message: () =>
      `Input 'results-file': the file ${dir}/k6/results.ndjson does not exist. Point it at the NDJSON file k6 wrote with --out json=FILE (plain or .gz)`,
  },
  {
    name: 'results-file a directory',
    inputs: () => {
      mkdirSync(path.join(dir, 'k6-out'), { recursive: true });
      return { 'results-file': 'k6-out' };
    },
    message: () =>
      `Input 'results-file': ${dir}/k6-out is a directory. Name the NDJSON file inside it that k6 wrote with --out json=FILE (plain or .gz)`,
  },
  {
    name: 'results-file empty',
    inputs: () => ({ 'results-file': file('empty.ndjson', '') }),
    message: () =>
      `Input 'results-file': the file ${dir}/empty.ndjson is empty. k6 wrote nothing there: check that the k6 step ran with --out json=FILE and finished`,
  },
  {
    name: 'results-file not k6 output',
    inputs: () => ({ 'results-file': file('package.json', '{"name":"festin","version":"1.0.0"}\n') }),
    message: () =>
      `Input 'results-file': ${dir}/package.json: line 1: not k6 --out json output: the first line should be a {"type":"Metric"} or {"type":"Point"} object, found a JSON object without "type": "Metric" or "Point"`,
  },
  {
    name: 'results-file whose first line is a secret (its content never echoed)',
    inputs: () => ({ 'results-file': file('credentials', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG\n') }),
    message: () =>
      `Input 'results-file': ${dir}/credentials: line 1: not k6 --out json output: the first line should be a {"type":"Metric"} or {"type":"Point"} object, found text that is not JSON`,
  },
  {
    name: 'thresholds file that is not JSON (its content never echoed)',
    inputs: () => ({ thresholds: file('token.json', '\n\nghp_SecretSecretSecret0000\n') }),
    message: () =>
      `Input 'thresholds': ${dir}/token.json: not valid JSON at line 3, column 1 (unexpected character); fix the syntax (a trailing comma or a missing quote?)`,
  },
  {
    name: 'thresholds file with 60,000 bad checks: the first 20 listed, and the count',
    inputs: () => ({
      thresholds: file(
        'generated.json',
        JSON.stringify({ checks: Array.from({ length: 60_000 }, () => ({ figure: 'p42', limit: 1 })) }),
      ),
    }),
    message: () =>
      [
        ...Array.from(
          { length: 20 },
          (_, i) =>
            `${i === 0 ? "Input 'thresholds': " : ''}${dir}/generated.json: $.checks[${i}].figure: expected one of "p95", "p99", "avg", "max", "error-rate", "rps", "dropped-iterations", "cpu", "pool-pending", "pool-active", "heap", "gc-pauses", got "p42"`,
        ),
        `${dir}/generated.json: … and 59,980 more problems (60,000 in all); fix these first`,
      ].join('\n'),
  },
  {
    name: 'thresholds at an absolute path outside the workspace',
    inputs: () => ({ thresholds: secretFile }),
    message: () => outsideMessage('thresholds', secretFile),
  },
  {
    name: 'thresholds through ../ out of the workspace',
    inputs: () => ({ thresholds: path.relative(dir, secretFile) }),
    message: () => outsideMessage('thresholds', secretFile),
  },
  {
    name: 'thresholds through a committed symlink to a file outside',
    inputs: () => ({ thresholds: inWorkspaceLink('limits-link.json') }),
    message: () => outsideMessage('thresholds', `${dir}/limits-link.json`, ` (through a symlink, to ${secretFile})`),
  },
  {
    name: 'results-file through a committed symlink to a file outside',
    inputs: () => ({ 'results-file': inWorkspaceLink('results-link.ndjson') }),
    message: () =>
      outsideMessage('results-file', `${dir}/results-link.ndjson`, ` (through a symlink, to ${secretFile})`),
  },
  {
    name: 'custom scenario outside the workspace',
    inputs: () => {
      const script = path.join(outside, 'evil.js');
      writeFileSync(script, 'export default function () {}\n');
      return { scenario: script, thresholds: file('custom-limits.json', '{"checks":[{"figure":"p95","limit":1}]}') };
    },
    message: () => outsideMessage('scenario', path.join(outside, 'evil.js')),
  },
  {
    name: 'allow-paths-outside-workspace neither true nor false',
    inputs: () => ({ 'allow-paths-outside-workspace': 'yes' }),
    message: () =>
      "Input 'allow-paths-outside-workspace': 'yes' is not one of true, false. Set allow-paths-outside-workspace to one of true, false",
  },
  {
    name: 'thresholds naming an endpoint and a stage the bundled scenario never makes (typos)',
    inputs: () => ({
      profile: 'quick',
      thresholds: file(
        'typo.json',
        JSON.stringify({
          checks: [
            { figure: 'p95', scope: { endpoint: 'enqeue' }, limit: 100 },
            { figure: 'p95', scope: { stage: 40 }, limit: 100 },
          ],
        }),
      ),
    }),
    message: () =>
      [
        `Input 'thresholds': ${dir}/typo.json: $.checks[0].scope: the enqueue scenario makes no requests named "enqeue"; expected one of login, enqueue, position, cancel`,
        `${dir}/typo.json: $.checks[1].scope: the enqueue scenario has stages 0 to ${stagePlanFor('enqueue', 'quick').stages.length - 1}, not 40`,
      ].join('\n'),
  },
  {
    name: 'auth-token not a JWT',
    inputs: () => ({ 'auth-token': 'Bearer abc' }),
    message: () =>
      "Input 'auth-token': is not a JWT (expected three base64url parts separated by dots: header.payload.signature). Pass the access token the login endpoint returns, e.g. auth-token: ${{ secrets.FESTIN_TEST_JWT }}, or leave it empty to let the scenario log test users in",
  },
  {
    name: 'JWT that expires before the run would end',
    inputs: () => ({ 'auth-token': jwt(NOW_S + 120) }),
    message: () =>
      `Input 'auth-token': the JWT expires at ${new Date((NOW_S + 120) * 1000).toISOString()}, before the run would end: the run takes up to 9.5 min. Issue a fresh test token that lives at least that long, or leave auth-token empty so the scenario logs test users in itself`,
  },
  {
    name: 'JWT already expired',
    inputs: () => ({ 'auth-token': jwt(NOW_S - 60) }),
    message: () =>
      `Input 'auth-token': the JWT expired at ${new Date((NOW_S - 60) * 1000).toISOString()}. Issue a fresh test token that lives at least that long, or leave auth-token empty so the scenario logs test users in itself`,
  },
];

describe('bad input: one clear error, no load sent, nothing published', () => {
  it.each(badInputs)('$name', async (row) => {
    const said = await gate(row.inputs());
    expect(said.failures).toEqual([row.message()]);
    expect(k6Calls().filter((call) => call.argv[0] === 'run')).toEqual([]);
    expect(said.outputs).toEqual({});
    expect(said.summaries).toEqual([]);
    expect(said.failures[0]).not.toMatch(/\n\s+at /);
  });
});

describe('faults: a clear reason, and what can be reported is', () => {
  it('staging URL unreachable (connection refused): no load, the summary says the target is down', async () => {
    const said = await gate({ 'base-url': 'http://127.0.0.1:9' });
    expect(said.failures).toEqual([
      'The target http://127.0.0.1:9 is unreachable (connection refused); no load was sent. Check base-url and that staging is up and reachable from this runner.',
    ]);
    expect(k6Calls().filter((call) => call.argv[0] === 'run')).toEqual([]);
    expect(said.outputs).toEqual({ verdict: 'fail' });
    expect(said.summaries).toHaveLength(1);
    expect(said.summaries[0]).toContain('## ❌ Performance gate failed: the target is unreachable');
  });

  it('staging URL unresolvable (DNS): no load, named as a DNS failure', async () => {
    const said = await gate({ 'base-url': 'http://festin-staging.invalid' });
    expect(said.failures).toEqual([
      'The target http://festin-staging.invalid is unreachable (DNS lookup failed); no load was sent. Check base-url and that staging is up and reachable from this runner.',
    ]);
    expect(k6Calls().filter((call) => call.argv[0] === 'run')).toEqual([]);
  });

  it('k6 killed mid-run: the partial results are judged and reported as incomplete', async () => {
    process.env.FAKE_K6_KILL_AFTER_BYTES = '100000'; // of the gzipped file (221 kB)
    const said = await gate({ 'fail-on': 'never' });
    expect(said.failures).toEqual([]);
    expect(Number(said.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(said.summaries[0]).toContain('k6 was killed by SIGKILL before it finished');
    // k6 writes its results gzipped: killed, it leaves the gzip stream cut short.
    expect(said.summaries[0]).toContain('incomplete results: the gzip results file is cut short');
    const report = JSON.parse(readFileSync(said.outputs['report-json']!, 'utf8'));
    expect(report.context.incomplete).toBe(true);
    expect(report.result.truncated).toBe(true);
  });

  it('k6 stopped by the target-down guard (abortOnFail): judged, marked incomplete', async () => {
    process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'enqueue-server-down');
    process.env.FAKE_K6_STDERR =
      'time="2026-11-24T15:17:59Z" level=error msg="thresholds on metrics \'http_req_failed{scenario:enqueue}\' were crossed; at least one has abortOnFail enabled, stopping test prematurely"\n';
    try {
      const said = await gate({});
      expect(said.outputs.verdict).toBe('fail');
      expect(said.summaries[0]).toContain('stopped early: nearly every request failed, the target looks down');
      expect(said.failures).toHaveLength(1);
    } finally {
      process.env.FAKE_K6_RECORDING = path.join(RECORDINGS, 'enqueue-errors');
    }
  });

  it('k6 script error (exit 107): k6’s own message in one line, the summary says the run produced no results', async () => {
    process.env.FAKE_K6_EXIT = '107';
    process.env.FAKE_K6_STDERR =
      'time="2026-11-25T10:00:00Z" level=error msg="ReferenceError: fetchToken is not defined\\n\\tat default (file:///work/load/my-test.js:12:3(14))" hint="script exception"\n';
    const said = await gate({});
    expect(said.failures).toEqual([
      'The k6 run failed (the k6 script threw an exception): ReferenceError: fetchToken is not defined at default (file:///work/load/my-test.js:12:3(14)) (script exception)',
    ]);
    expect(said.summaries).toHaveLength(1);
    expect(said.summaries[0]).toContain('## ❌ Performance gate failed: the latest run produced no results');
  });

  it('bad k6 flags (k6 exits 255): k6’s message in one line', async () => {
    process.env.FAKE_K6_EXIT = '255';
    process.env.FAKE_K6_STDERR = 'unknown flag: --system-tagz\n';
    const said = await gate({});
    expect(said.failures).toEqual([
      'The k6 run failed (k6 exited with code 255 (bad flags or an unreadable file)): unknown flag: --system-tagz',
    ]);
  });

  it('allow-paths-outside-workspace: true reads a file outside, and still never echoes its content', async () => {
    const said = await gate({ thresholds: secretFile, 'allow-paths-outside-workspace': 'true' });
    expect(said.failures).toHaveLength(1);
    expect(said.failures[0]).toMatch(
      /^Input 'thresholds': .*credentials\.json: \$\.checks\[0\]\.limit: expected a number/,
    );
    expect(k6Calls().filter((call) => call.argv[0] === 'run')).toEqual([]);
  });

  it('results folder unwritable (RUNNER_TEMP is a file): a clear error before any load', async () => {
    const notADir = file('runner-temp-is-a-file', 'x');
    const said = await gate({}, { RUNNER_TEMP: notADir });
    expect(said.failures).toEqual([
      `Cannot create the results folder ${notADir}/perf-gate (ENOTDIR). Free disk space or point RUNNER_TEMP at a writable folder.`,
    ]);
    expect(k6Calls().filter((call) => call.argv[0] === 'run')).toEqual([]);
  });

  describe('GitHub API failures only warn; the verdict and summary stand', () => {
    let api: GitHubApiServer;
    const token = 'ghs_hardeningToken000000000000000000000';
    const event = file('event.json', JSON.stringify({ pull_request: { number: 5, head: { sha: 'abc1234def' } } }));
    const githubEnv = () => ({
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'festin/festin',
    });
    afterAll(async () => api?.close());

    it.each([
      // Every call 403, GraphQL viewer included: who the token is stays unknown, so nothing is written.
      [
        403,
        'perf-gate did not publish the PR comment: perf-gate cannot tell which login the github-token comments as (GraphQL viewer: HTTP 403',
      ],
      [404, 'perf-gate did not publish the PR comment:'],
      [422, 'perf-gate did not publish the PR comment:'],
      [500, 'perf-gate did not publish the PR comment:'],
    ])('%i', async (status, warningStart) => {
      await api?.close();
      api = await startGitHubApiServer({ token, failures: [{ status }] });
      // History off: its own unreachable-API warning is tested in test/history/step-run.test.ts.
      const said = await gate({ comment: 'always', 'github-token': token, history: 'off' }, githubEnv());
      expect(said.warnings).toHaveLength(1);
      expect(said.warnings[0]!.startsWith(warningStart), said.warnings[0]).toBe(true);
      expect(said.warnings[0]).not.toContain(token);
      expect(said.outputs.verdict).toBe('warn');
      expect(said.summaries).toHaveLength(1);
      expect(said.failures).toEqual([]);
    });
  });
});
