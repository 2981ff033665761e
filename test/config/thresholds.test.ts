import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadThresholds, parseThresholds, parseThresholdsText, ThresholdsError } from '../../src/config/thresholds.js';
import { renderThresholdsSchema, THRESHOLDS_SCHEMA_PATH } from '../../scripts/write-thresholds-schema.js';

const ENQUEUE = 'thresholds/enqueue.t3-micro.json';
const SPIKE = 'thresholds/spike.t3-micro.json';

function problemsOf(json: unknown): string {
  try {
    parseThresholds(json, 'my.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ThresholdsError);
    return (error as Error).message;
  }
  throw new Error('expected a ThresholdsError');
}

describe('bundled t3.micro thresholds', () => {
  it('enqueue: the team limits and the 2026-01-17 baseline', async () => {
    const t = await loadThresholds(ENQUEUE);
    expect(t.scenario).toBe('enqueue');
    expect(t.baseline?.measuredAt).toBe('2026-01-17');
    expect(t.baseline?.environment).toMatch(/t3\.micro/);
    const summary = t.checks.map((c) => [c.figure, c.scope, c.limit, c.baseline, c.severity]);
    expect(summary).toEqual([
      ['p95', { kind: 'overall' }, 2000, 86, 'fail'],
      ['p95', { kind: 'endpoint', name: 'enqueue' }, 3000, 103, 'fail'],
      ['p95', { kind: 'endpoint', name: 'position' }, 500, 77, 'fail'],
      ['error-rate', { kind: 'overall' }, 0.1, null, 'fail'],
      ['error-rate', { kind: 'overall' }, null, 0, 'warn'],
    ]);
    expect(t.checks[0]?.allowedRegression).toEqual({ kind: 'percent', percent: 50 });
    expect(t.checks[4]?.allowedRegression).toEqual({ kind: 'absolute', amount: 0.01 });
    expect(t.checks.every((c) => c.description !== null)).toBe(true);
  });

  it('spike: fails on regression from the 14,050 ms baseline, only warns on the 5 s SLO', async () => {
    const t = await loadThresholds(SPIKE);
    const p99 = t.checks.filter((c) => c.figure === 'p99');
    expect(p99.map((c) => [c.limit, c.baseline, c.severity])).toEqual([
      [null, 14050, 'fail'],
      [5000, null, 'warn'],
    ]);
    expect(t.checks.find((c) => c.figure === 'error-rate' && c.limit !== null)?.limit).toBe(0.2);
    expect(t.checks.find((c) => c.figure === 'dropped-iterations')?.baseline).toBe(5883);
  });

  it('point editors at the schema beside them', async () => {
    for (const file of [ENQUEUE, SPIKE]) {
      const json = JSON.parse(await readFile(file, 'utf8')) as { $schema: string };
      expect(json.$schema).toBe('./thresholds.schema.json');
    }
  });

  it('the committed JSON Schema is the one generated from the zod schema (npm run schema)', async () => {
    expect(await readFile(THRESHOLDS_SCHEMA_PATH, 'utf8')).toBe(renderThresholdsSchema());
  });
});

describe('parseThresholds', () => {
  it('normalises scopes, allowances and the default severity', () => {
    const t = parseThresholds(
      {
        checks: [
          { figure: 'p95', scope: { endpoint: 'enqueue' }, baseline: 86, allowedRegression: '12.5%' },
          { figure: 'max', scope: { stage: 3 }, limit: 900, severity: 'warn' },
          { figure: 'rps', baseline: 78, allowedRegression: 20 },
        ],
      },
      'inline',
    );
    expect(t.source).toBe('inline');
    expect(t.baseline).toBeNull();
    expect(t.checks).toEqual([
      {
        figure: 'p95',
        scope: { kind: 'endpoint', name: 'enqueue' },
        severity: 'fail',
        limit: null,
        baseline: 86,
        allowedRegression: { kind: 'percent', percent: 12.5 },
        description: null,
      },
      {
        figure: 'max',
        scope: { kind: 'stage', index: 3 },
        severity: 'warn',
        limit: 900,
        baseline: null,
        allowedRegression: null,
        description: null,
      },
      {
        figure: 'rps',
        scope: { kind: 'overall' },
        severity: 'fail',
        limit: null,
        baseline: 78,
        allowedRegression: { kind: 'absolute', amount: 20 },
        description: null,
      },
    ]);
  });

  it('lists every problem of a bad file by its JSON path, one per line', () => {
    const message = problemsOf({
      $schema: './thresholds.schema.json',
      baseline: { environment: 't3.micro', measuredAt: '17/01/2026' },
      checks: [
        { figure: 'p95', limit: 2000 },
        { figure: 'p42', limt: 5 },
        { figure: 'p95', limit: 'fast', severity: 'error' },
        { figure: 'error-rate', limit: 10, scope: { endpint: 'enqueue' } },
        { figure: 'p99', baseline: 14050 },
        { figure: 'avg', allowedRegression: '25' },
        { figure: 'dropped-iterations', scope: { stage: 1 }, limit: 0 },
        { figure: 'error-rate', baseline: 0, allowedRegression: '10%' },
      ],
      extra: true,
    });
    expect(message.split('\n')).toEqual([
      'my.json: $.baseline.measuredAt: expected a date as YYYY-MM-DD, got "17/01/2026"',
      'my.json: $: unknown key "extra"; expected only $schema, scenario, description, baseline, checks, serverMetrics, stageBaseline',
      'my.json: $.checks[1].figure: expected one of "p95", "p99", "avg", "max", "error-rate", "rps", "dropped-iterations", "cpu", "pool-pending", "pool-active", "heap", "gc-pauses", got "p42"',
      'my.json: $.checks[1]: unknown key "limt"; expected only figure, scope, limit, baseline, allowedRegression, severity, description, optional',
      'my.json: $.checks[1]: expected a "limit", or a "baseline" with its "allowedRegression", or both',
      'my.json: $.checks[2].limit: expected a number ≥ 0 (ms for latencies, a fraction for error-rate, cpu and heap), got "fast"',
      'my.json: $.checks[2].severity: expected "fail", "warn", got "error"',
      'my.json: $.checks[3].scope: expected "overall", { "endpoint": "<request name>" } or { "stage": <0-based index> }, got {"endpint":"enqueue"}',
      'my.json: $.checks[3].limit: expected a fraction between 0 and 1 (0.1 = 10%), got 10',
      'my.json: $.checks[4].allowedRegression: missing: with a "baseline", expected how far the figure may regress, e.g. "25%" or 50 (in the figure\'s unit)',
      'my.json: $.checks[5].allowedRegression: expected a percentage such as "25%" or a number ≥ 0 in the figure\'s unit, got "25"',
      'my.json: $.checks[5]: expected a "limit", or a "baseline" with its "allowedRegression", or both',
      'my.json: $.checks[5].baseline: missing: "allowedRegression" needs a baseline to regress from, expected a number',
      'my.json: $.checks[6].scope: expected "overall": dropped iterations are counted for the whole run only, got {"stage":1}',
      'my.json: $.checks[7].allowedRegression: expected an absolute amount (e.g. 0.01): a percentage of a 0 baseline allows nothing, got "10%"',
    ]);
  });

  it('says what is missing when the checks are', () => {
    expect(problemsOf({ scenario: 'enqueue' })).toBe('my.json: $.checks: expected an array of checks, missing');
    expect(problemsOf({ checks: [] })).toBe('my.json: $.checks: expected at least one check, got []');
    expect(problemsOf([1])).toMatch(/^my\.json: \$: .*got \[1\]$/);
  });

  it('keeps a stage baseline, and names each problem of a bad one by its JSON path and how to write it', () => {
    const checks = [{ figure: 'p95', baseline: 30, allowedRegression: '25%' }];
    const stages = [
      { label: 'VU 10', p50: 6.9, p95: 11.3 },
      { label: 'VU 50', p50: 6.3, p95: 10.2 },
    ];
    expect(parseThresholds({ checks, stageBaseline: { stages } }, 'my.json').stageBaseline).toEqual({
      stages,
      source: null,
    });
    expect(parseThresholds({ checks }, 'my.json').stageBaseline).toBeNull();
    expect(problemsOf({ checks, stageBaseline: { stages: [stages[0]] } }).split('\n')).toEqual([
      'my.json: $.stageBaseline.stages: expected at least 2 stages; write it with `perf-gate baseline RESULTS_FILE…`, got [{"label":"VU 10","p50":6.9,"p95":11.3}]',
    ]);
    expect(
      problemsOf({
        checks,
        stageBaseline: {
          stages: [
            { ...stages[0], p95: 0 },
            { label: 'VU 50', p50: 6, p75: 7 },
          ],
        },
      }).split('\n'),
    ).toEqual([
      "my.json: $.stageBaseline.stages[0].p95: expected the stage's p95 http_req_duration in ms, a number > 0, got 0",
      "my.json: $.stageBaseline.stages[1].p95: expected the stage's p95 http_req_duration in ms, a number > 0, missing",
      'my.json: $.stageBaseline.stages[1]: unknown key "p75"; expected only label, p50, p95, requests',
    ]);
  });
});

describe('server figures and serverMetrics', () => {
  it('reads server checks by stage or over the whole run, and gives no query overrides by default', () => {
    const t = parseThresholds(
      {
        checks: [
          { figure: 'cpu', scope: { stage: 3 }, limit: 0.9, severity: 'warn' },
          { figure: 'pool-pending', limit: 0 },
          { figure: 'heap', baseline: 0.6, allowedRegression: 0.1 },
          { figure: 'pool-active', scope: 'overall', limit: 10 },
          { figure: 'gc-pauses', scope: { stage: 0 }, limit: 50 },
        ],
      },
      'server.json',
    );
    expect(t.checks.map((c) => [c.figure, c.scope, c.limit, c.severity])).toEqual([
      ['cpu', { kind: 'stage', index: 3 }, 0.9, 'warn'],
      ['pool-pending', { kind: 'overall' }, 0, 'fail'],
      ['heap', { kind: 'overall' }, null, 'fail'],
      ['pool-active', { kind: 'overall' }, 10, 'fail'],
      ['gc-pauses', { kind: 'stage', index: 0 }, 50, 'fail'],
    ]);
    expect(t.serverMetrics).toEqual({ queries: {} });
  });

  it('rejects an endpoint scope on a server figure, and a CPU or heap given as a percentage, by JSON path', () => {
    const message = problemsOf({
      checks: [
        { figure: 'p95', limit: 2000 },
        { figure: 'cpu', scope: { endpoint: 'enqueue' }, limit: 0.9 },
        { figure: 'pool-pending', scope: { endpoint: 'position' }, limit: 0 },
        { figure: 'cpu', limit: 90 },
        { figure: 'heap', baseline: 75, allowedRegression: 0.1 },
      ],
    });
    expect(message.split('\n')).toEqual([
      'my.json: $.checks[1].scope: expected "overall" (the worst stage) or { "stage": <0-based index> }: cpu is measured on the server, which does not see endpoints, got {"endpoint":"enqueue"}',
      'my.json: $.checks[2].scope: expected "overall" (the worst stage) or { "stage": <0-based index> }: pool-pending is measured on the server, which does not see endpoints, got {"endpoint":"position"}',
      'my.json: $.checks[3].limit: expected a fraction between 0 and 1 (0.1 = 10%), got 90',
      'my.json: $.checks[4].baseline: expected a fraction between 0 and 1 (0.1 = 10%), got 75',
    ]);
  });

  it('keeps the PromQL overrides of serverMetrics.queries, trimmed', () => {
    const t = parseThresholds(
      {
        checks: [{ figure: 'cpu', limit: 0.9 }],
        serverMetrics: {
          queries: {
            cpu: '  1 - avg(rate(node_cpu_seconds_total{mode="idle"}[1m]))  ',
            poolPending: 'max(hikaricp_connections_pending{pool="main"})',
          },
        },
      },
      'override.json',
    );
    expect(t.serverMetrics.queries).toEqual({
      cpu: '1 - avg(rate(node_cpu_seconds_total{mode="idle"}[1m]))',
      poolPending: 'max(hikaricp_connections_pending{pool="main"})',
    });
  });

  it('names unknown query names and empty queries by JSON path', () => {
    const message = problemsOf({
      checks: [{ figure: 'cpu', limit: 0.9 }],
      serverMetrics: { queries: { 'pool-pending': 'max(x)', heapUsedRatio: ' ' }, query: {} },
    });
    expect(message.split('\n')).toEqual([
      'my.json: $.serverMetrics.queries.heapUsedRatio: expected a PromQL expression for heapUsedRatio, e.g. "max(sum by (instance) (jvm_memory_used_bytes{area=\\"heap\\"}) / sum by (instance) (jvm_memory_max_bytes{area=\\"heap\\"} > 0))", got ""',
      'my.json: $.serverMetrics.queries: unknown key "pool-pending"; expected only cpu, poolPending, poolActive, poolMax, heapUsedRatio, gcPauses, gcPauseSeconds',
      'my.json: $.serverMetrics: unknown key "query"; expected only queries',
    ]);
  });

  it('the example file with server checks and query overrides loads', async () => {
    const t = await loadThresholds('thresholds/examples/enqueue-with-server.json');
    const server = t.checks.filter((c) => ['cpu', 'pool-pending'].includes(c.figure));
    expect(server.map((c) => [c.figure, c.scope, c.limit, c.severity])).toEqual([
      ['cpu', { kind: 'stage', index: 3 }, 0.9, 'warn'],
      ['pool-pending', { kind: 'stage', index: 3 }, 0, 'warn'],
    ]);
    expect(t.serverMetrics.queries.cpu).toBe('avg(process_cpu_usage{job="festin-api"})');
    expect(t.serverMetrics.queries.gcPauses).toBeUndefined();
    const json = JSON.parse(await readFile('thresholds/examples/enqueue-with-server.json', 'utf8')) as {
      $schema: string;
    };
    expect(json.$schema).toBe('../thresholds.schema.json');
  });

  it('the bundled t3.micro files carry no server checks: most runs have no Prometheus', async () => {
    for (const file of [ENQUEUE, SPIKE]) {
      const t = await loadThresholds(file);
      expect(
        t.checks.filter((c) => ['cpu', 'pool-pending', 'pool-active', 'heap', 'gc-pauses'].includes(c.figure)),
      ).toEqual([]);
      expect(t.serverMetrics).toEqual({ queries: {} });
    }
  });
});

describe('loadThresholds', () => {
  it('names a missing file and how to fix it', async () => {
    await expect(loadThresholds('nope/missing.json')).rejects.toThrow(
      'nope/missing.json: thresholds file not found; give the path of a thresholds JSON file, or use a bundled one ' +
        '(thresholds/enqueue.t3-micro.json, thresholds/spike.t3-micro.json)',
    );
  });

  it('names a folder given instead of a file', async () => {
    await expect(loadThresholds('thresholds')).rejects.toThrow('thresholds: is a folder');
  });

  it('says where a file stops being JSON', async () => {
    const text = '{\n  "checks": [\n    { "figure": "p95", "limit": 2000, }\n  ]\n}\n';
    await expect(loadThresholds('bad.json', () => Promise.resolve(text))).rejects.toThrow(
      /^bad\.json: not valid JSON at line 3, column 39 \(.+\); fix the syntax \(a trailing comma or a missing quote\?\)$/,
    );
  });

  it('accepts a byte-order mark', () => {
    const t = parseThresholdsText('\uFEFF{"checks":[{"figure":"max","limit":1}]}', 'bom.json');
    expect(t.checks).toHaveLength(1);
  });
});
