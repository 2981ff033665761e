import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOptions } from '../../scenarios/lib/options.js';

const repo = path.resolve(import.meta.dirname, '../..');
const scripts = ['enqueue-test.js', 'spike-test.js', 'lib/options.js', 'lib/festin-api.js', 'lib/duet.js'];

interface K6Calls {
  requests: Array<{
    method: string;
    url: string;
    body: string | null;
    tags: Record<string, string>;
    headers: Record<string, string>;
  }>;
  batches: number[];
  checks: Array<{ name: string; ok: boolean; tags: Record<string, string> }>;
  sleeps: number[];
  metrics: Array<{ name: string; value: number; tags: Record<string, string> }>;
  responseCallback?: unknown;
}
type Respond = (method: string, url: string) => { status: number; body?: unknown; error?: string };
interface Script {
  options: unknown;
  setup(): { tokens: string[] };
  default(data: { tokens: string[] }): void;
  teardown(data: { tokens: string[] }): void;
}
const k6Globals = globalThis as unknown as {
  k6Calls: K6Calls;
  k6Respond: Respond;
  k6ScenarioStart: number;
  __ENV: Record<string, string>;
  __VU: number;
};

describe('the k6 scripts', () => {
  it.each(scripts)('%s passes node --check', (file) => {
    expect(() =>
      execFileSync(process.execPath, ['--check', path.join(repo, 'scenarios', file)], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});

// The scripts run under node against stubbed k6 modules (test/scenarios/k6-stub): no k6 here.
describe('the k6 scripts with stubbed k6 modules', () => {
  let dir: string;
  let loaded = 0;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-scenarios-'));
    cpSync(path.join(repo, 'scenarios'), path.join(dir, 'scenarios'), { recursive: true });
    cpSync(path.join(import.meta.dirname, 'k6-stub'), path.join(dir, 'node_modules', 'k6'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    k6Globals.k6Calls = { requests: [], batches: [], checks: [], sleeps: [], metrics: [] };
    k6Globals.k6ScenarioStart = Date.now();
    k6Globals.__VU = 2;
    k6Globals.k6Respond = (method, url) => {
      if (url.endsWith('/auth/login'))
        return { status: 200, body: { accessToken: `token-${k6Globals.k6Calls.requests.length}` } };
      if (method === 'POST') return { status: 201, body: { position: 1 } };
      if (method === 'GET') return { status: 200, body: { position: 1 } };
      return { status: 204 };
    };
  });

  async function load(file: string, env: Record<string, string>): Promise<Script> {
    k6Globals.__ENV = env;
    loaded += 1;
    return (await import(`${pathToFileURL(path.join(dir, 'scenarios', file)).href}?load=${loaded}`)) as Script;
  }

  it('enqueue with SEGMENT=2/4: setup() logs in only its share of the users, named after the segment', async () => {
    const script = await load('enqueue-test.js', { BASE_URL: 'http://festin.test/', TEST_USERS: '10', SEGMENT: '2/4' });
    const data = script.setup();
    // k6 stripes 10 VUs over 4 segments as 3, 3, 2, 2: segment 2 gets 3.
    expect(data).toEqual({ tokens: ['token-1', 'token-2', 'token-3'] });
    expect(k6Globals.k6Calls.requests.map((r) => (JSON.parse(r.body!) as { email: string }).email)).toEqual([
      'perf-gate-s2of4-1@perf-gate.test',
      'perf-gate-s2of4-2@perf-gate.test',
      'perf-gate-s2of4-3@perf-gate.test',
    ]);
  });

  it('enqueue: logs in TEST_USERS users in one batch, returns only their tokens, and tags every call', async () => {
    const script = await load('enqueue-test.js', {
      BASE_URL: 'http://festin.test/',
      BOOTH_ID: '4',
      TEST_USERS: '3',
      PROFILE: 'quick',
    });
    expect(script.options).toEqual(buildOptions('enqueue', 'quick'));
    expect(k6Globals.k6Calls.responseCallback).toEqual({ expectedStatuses: [{ min: 200, max: 204 }, 400, 404, 409] });

    const data = script.setup();
    expect(data).toEqual({ tokens: ['token-1', 'token-2', 'token-3'] });
    expect(k6Globals.k6Calls.batches).toEqual([3]);
    expect(JSON.parse(k6Globals.k6Calls.requests[0]!.body!)).toEqual({
      email: 'perf-gate-1@perf-gate.test',
      nickname: 'perf-gate-1',
      role: 'VISITOR',
      managedBoothId: null,
    });

    k6Globals.k6Calls.requests = [];
    script.default(data);
    expect(k6Globals.k6Calls.requests.map((r) => [r.method, r.url, r.tags, r.headers.Authorization])).toEqual([
      [
        'POST',
        'http://festin.test/api/v1/waitings',
        { name: 'enqueue', stage: '0', profile: 'quick' },
        'Bearer token-2',
      ],
      [
        'GET',
        'http://festin.test/api/v1/waitings/booth/4',
        { name: 'position', stage: '0', profile: 'quick' },
        'Bearer token-2',
      ],
      [
        'GET',
        'http://festin.test/api/v1/waitings/booth/4',
        { name: 'position', stage: '0', profile: 'quick' },
        'Bearer token-2',
      ],
      [
        'GET',
        'http://festin.test/api/v1/waitings/booth/4',
        { name: 'position', stage: '0', profile: 'quick' },
        'Bearer token-2',
      ],
    ]);
    expect(k6Globals.k6Calls.sleeps).toEqual([1, 0.5, 0.5, 1]);

    k6Globals.k6ScenarioStart = Date.now() - 20_000;
    k6Globals.k6Calls.requests = [];
    script.default(data);
    expect(k6Globals.k6Calls.requests[0]!.tags).toEqual({ name: 'enqueue', stage: '2', profile: 'quick' });

    k6Globals.k6Calls.requests = [];
    script.teardown(data);
    expect(k6Globals.k6Calls.requests.map((r) => [r.method, r.url, r.tags])).toEqual([
      ['DELETE', 'http://festin.test/api/v1/waitings/4', { name: 'cancel' }],
      ['DELETE', 'http://festin.test/api/v1/waitings/4', { name: 'cancel' }],
      ['DELETE', 'http://festin.test/api/v1/waitings/4', { name: 'cancel' }],
    ]);
    expect(k6Globals.k6Calls.metrics).toEqual([{ name: 'test_users_removed', value: 3, tags: {} }]);
  });

  it('stops setup at the first failed login with a message that says what to do', async () => {
    const script = await load('enqueue-test.js', { BASE_URL: 'http://festin.test', TEST_USERS: '120' });
    k6Globals.k6Respond = () => ({ status: 401, body: { code: 'UNAUTHORIZED' } });
    expect(() => script.setup()).toThrow(
      'perf-gate: test login 1 of 120 failed: POST http://festin.test/api/v1/auth/login answered 401; the server refused the test login: enable it on staging, or pass AUTH_TOKEN',
    );
    expect(k6Globals.k6Calls.batches).toEqual([50]);
  });

  it('spike: with AUTH_TOKEN logs nobody in, keeps the token out of setup data, and joins once per arrival', async () => {
    const script = await load('spike-test.js', {
      BASE_URL: 'http://festin.test',
      BOOTH_ID: '1',
      AUTH_TOKEN: 'the-jwt',
    });
    expect(script.options).toEqual(buildOptions('spike', 'full'));
    const data = script.setup();
    expect(data).toEqual({ tokens: [] });
    expect(k6Globals.k6Calls.requests).toEqual([]);

    k6Globals.k6Respond = () => ({ status: 409, body: { code: 'BOOTH_FULL' } });
    k6Globals.k6ScenarioStart = Date.now() - 12_000;
    script.default(data);
    expect(k6Globals.k6Calls.requests.map((r) => [r.tags, r.headers.Authorization])).toEqual([
      [{ name: 'enqueue', stage: '1', profile: 'full' }, 'Bearer the-jwt'],
    ]);
    expect(k6Globals.k6Calls.checks).toEqual([
      {
        name: 'enqueue: 201 joined or 200 already waiting',
        ok: false,
        tags: { name: 'enqueue', stage: '1', profile: 'full' },
      },
    ]);
    expect(k6Globals.k6Calls.metrics).toEqual([
      { name: 'business_errors', value: 1, tags: { status: '409', name: 'enqueue', stage: '1', profile: 'full' } },
    ]);
  });

  it('enqueue with BASELINE_URL: two identical scenarios tagged by target, logins and clean-up on both', async () => {
    const env = { BASE_URL: 'http://head.test', BASELINE_URL: 'http://base.test/', TEST_USERS: '2', PROFILE: 'quick' };
    const script = await load('enqueue-test.js', env);
    const single = buildOptions('enqueue', 'quick');
    const options = script.options as { scenarios: Record<string, Record<string, unknown>>; thresholds: object };
    const { tags: headTags, env: headEnv, ...headExecutor } = options.scenarios['enqueue']!;
    const { tags: baseTags, env: baseEnv, ...baseExecutor } = options.scenarios['enqueue_base']!;
    expect(headExecutor).toEqual(single.scenarios['enqueue']);
    expect(baseExecutor).toEqual(single.scenarios['enqueue']);
    expect([headTags, baseTags]).toEqual([{ target: 'head' }, { target: 'base' }]);
    expect([headEnv, baseEnv]).toEqual([{ PERF_GATE_TARGET: 'head' }, { PERF_GATE_TARGET: 'base' }]);
    expect(Object.keys(options.thresholds)).toEqual([
      'http_req_failed{scenario:enqueue}',
      'http_req_failed{scenario:enqueue_base}',
    ]);

    const data = script.setup() as unknown as Record<'head' | 'base', { tokens: string[] }>;
    expect(k6Globals.k6Calls.requests.map((r) => [r.url, r.tags['target']])).toEqual([
      ['http://head.test/api/v1/auth/login', 'head'],
      ['http://head.test/api/v1/auth/login', 'head'],
      ['http://base.test/api/v1/auth/login', 'base'],
      ['http://base.test/api/v1/auth/login', 'base'],
    ]);
    expect(data).toEqual({ head: { tokens: ['token-1', 'token-2'] }, base: { tokens: ['token-3', 'token-4'] } });

    // A VU of the base copy: k6 puts the scenario's env into its __ENV.
    k6Globals.k6Calls.requests = [];
    k6Globals.__ENV = { ...env, PERF_GATE_TARGET: 'base' };
    script.default(data as never);
    expect(new Set(k6Globals.k6Calls.requests.map((r) => `${r.url} ${r.headers.Authorization}`))).toEqual(
      new Set([
        'http://base.test/api/v1/waitings Bearer token-4',
        'http://base.test/api/v1/waitings/booth/1 Bearer token-4',
      ]),
    );
    k6Globals.k6Calls.requests = [];
    k6Globals.__ENV = { ...env, PERF_GATE_TARGET: 'head' };
    script.default(data as never);
    expect(k6Globals.k6Calls.requests[0]!.url).toBe('http://head.test/api/v1/waitings');

    k6Globals.k6Calls.requests = [];
    script.teardown(data as never);
    expect(k6Globals.k6Calls.requests.map((r) => [r.method, r.url, r.tags['target'], r.headers.Authorization])).toEqual(
      [
        ['DELETE', 'http://head.test/api/v1/waitings/1', 'head', 'Bearer token-1'],
        ['DELETE', 'http://head.test/api/v1/waitings/1', 'head', 'Bearer token-2'],
        ['DELETE', 'http://base.test/api/v1/waitings/1', 'base', 'Bearer token-3'],
        ['DELETE', 'http://base.test/api/v1/waitings/1', 'base', 'Bearer token-4'],
      ],
    );
  });

  it('refuses to start without BASE_URL, naming the variable', async () => {
    await expect(load('spike-test.js', {})).rejects.toThrow('BASE_URL is "": set it to the Festin API root');
  });
});
