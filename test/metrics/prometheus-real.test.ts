/**
 * The whole server-metrics path against real parts: the stand-in under load from node, a real
 * Prometheus scraping its /actuator/prometheus every second, collectServerMetrics asking that
 * Prometheus over HTTP with the default (Micrometer) queries, and the rendered report.
 * The CPU-bound and the pool-bound stand-in run side by side, each with its own Prometheus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectServerMetrics, type ServerMetricsOutcome } from '../../src/metrics/collect.js';
import { grafanaDashboardUrl } from '../../src/metrics/grafana.js';
import { runWindow } from '../../src/metrics/server-metrics.js';
import { renderReport } from '../../src/report/markdown.js';
import type { Bottleneck } from '../../standin/capacity.js';
import { startStandIn, type StandIn } from '../../standin/server.js';
import { context } from '../support/report-fixtures.js';
import { runResult } from '../support/run-result-builder.js';
import { requirePrometheus, startPrometheus, type RunningPrometheus } from './support/prometheus-process.js';
import { applyLoad, type LoadStage } from './support/standin-load.js';

/** Quiet, then busy, then far past capacity: both presets saturate by the last stage. */
const PLAN: LoadStage[] = [
  { vus: 2, durationMs: 3_000 },
  { vus: 20, durationMs: 4_000 },
  { vus: 100, durationMs: 5_000 },
];

interface Scenario {
  standIn: StandIn;
  prometheus: RunningPrometheus;
  outcome: ServerMetricsOutcome;
  report: string;
}

const started: Array<{ standIn?: StandIn; prometheus?: RunningPrometheus }> = [];
const scenarios = new Map<Bottleneck, Scenario>();

async function runScenario(bottleneck: Bottleneck): Promise<Scenario> {
  const parts: { standIn?: StandIn; prometheus?: RunningPrometheus } = {};
  started.push(parts);
  const standIn = (parts.standIn = await startStandIn({ bottleneck }));
  const prometheus = (parts.prometheus = await startPrometheus([standIn.url]));
  await prometheus.scrapedAfter(Date.now());
  const load = await applyLoad(standIn, PLAN);
  const endMs = load.scenarioStartMs + (load.stages.at(-1)?.stage.endMs ?? 0);
  await prometheus.scrapedAfter(endMs);
  const startTime = new Date(load.scenarioStartMs).toISOString();
  const result = {
    ...runResult({ stages: load.stages }),
    startTime,
    scenarioStartTime: startTime,
    endTime: new Date(endMs).toISOString(),
  };
  const outcome = await collectServerMetrics({ prometheusUrl: prometheus.url, authHeader: null, result });
  const window = runWindow(result);
  const report = renderReport({
    result,
    verdict: { status: 'pass', checks: [], knee: null },
    context: context(),
    serverStages: outcome.serverStages ?? undefined,
    bottleneck: outcome.bottleneck,
    dashboardUrl: window && grafanaDashboardUrl('https://grafana.festin.example/d/festin', window),
  });
  return { standIn, prometheus, outcome, report };
}

beforeAll(async () => {
  requirePrometheus();
  const [cpu, pool] = await Promise.all([runScenario('cpu'), runScenario('pool')]);
  scenarios.set('cpu', cpu);
  scenarios.set('pool', pool);
}, 60_000);

afterAll(async () => {
  await Promise.all(
    started.map(async ({ standIn, prometheus }) => Promise.all([prometheus?.stop(), standIn?.close()])),
  );
});

function scenario(bottleneck: Bottleneck): Scenario {
  const found = scenarios.get(bottleneck);
  if (!found) throw new Error(`the ${bottleneck} scenario did not run`);
  return found;
}

/** The cells of the template row named `name`, one per stage. */
function row(report: string, name: string): string[] {
  const line = report.split('\n').find((l) => l.startsWith(`| ${name} |`));
  if (line === undefined) throw new Error(`no "${name}" row in the report:\n${report}`);
  return line
    .split('|')
    .slice(2, -1)
    .map((c) => c.trim());
}

const PERCENT = /^\d+(\.\d+)?%$/;
const COUNT = /^\d[\d,]*$/;

describe('server metrics from a real Prometheus scraping the stand-in', () => {
  it('fills CPU, pool and heap per stage and names CPU when the stand-in is CPU-bound', () => {
    const { outcome, report } = scenario('cpu');
    expect(outcome.warnings).toEqual([]);
    const stages = outcome.serverStages ?? [];
    expect(stages.map((s) => s.stageIndex)).toEqual([0, 1, 2]);
    expect(stages[0]?.cpu).toBeLessThan(0.9);
    expect(stages[2]?.cpu).toBeGreaterThanOrEqual(0.9);
    // One worker serialises the requests: the pool of 10 never fills.
    expect(stages.map((s) => s.poolPending)).toEqual([0, 0, 0]);
    expect(stages.every((s) => (s.poolActiveMax ?? 99) < 10 && s.poolMax === 10)).toBe(true);
    expect(stages.every((s) => (s.heapUsedRatio ?? 0) > 0.1 && (s.heapUsedRatio ?? 1) < 0.9)).toBe(true);
    expect(stages[2]?.gcPauses).toBeGreaterThan(0);

    expect(row(report, 'CPU usage')).toEqual([
      expect.stringMatching(PERCENT),
      expect.stringMatching(PERCENT),
      expect.stringMatching(PERCENT),
    ]);
    expect(row(report, 'DB pool pending (max)')).toEqual(['0', '0', '0']);
    expect(row(report, 'JVM heap used (max)').every((c) => PERCENT.test(c))).toBe(true);
    expect(outcome.bottleneck).toMatch(
      /^CPU \d+(\.\d+)?% from VU (20|100) while p95 rose \d+(\.\d+)?× \(.+ at VU 2 → .+ at VU 100\)\.$/,
    );
    expect(report).toContain(`**Likely bottleneck:** CPU `);
    expect(report).toMatch(
      /\[Open the Grafana dashboard for this run\]\(https:\/\/grafana\.festin\.example\/d\/festin\?from=\d{13}&to=\d{13}\)/,
    );
  });

  it('names the DB connections, with the pool full and requests waiting, when the stand-in is pool-bound', () => {
    const { outcome, report } = scenario('pool');
    expect(outcome.warnings).toEqual([]);
    const stages = outcome.serverStages ?? [];
    expect(stages.map((s) => s.stageIndex)).toEqual([0, 1, 2]);
    expect(stages[2]?.poolPending).toBeGreaterThan(0);
    expect(stages[2]?.poolActiveMax).toBe(2);
    expect(stages.every((s) => s.poolMax === 2)).toBe(true);
    // Four workers at half a millisecond per request: CPU stays low while the pool chokes.
    expect(stages.every((s) => (s.cpu ?? 1) < 0.5)).toBe(true);

    expect(row(report, 'CPU usage').every((c) => PERCENT.test(c))).toBe(true);
    expect(row(report, 'DB pool pending (max)').every((c) => COUNT.test(c))).toBe(true);
    expect(row(report, 'DB pool active (max)').at(-1)).toBe('2');
    expect(row(report, 'JVM heap used (max)').every((c) => PERCENT.test(c))).toBe(true);
    expect(outcome.bottleneck).toMatch(
      /^DB connections: all 2 in use, [\d,]+ waiting from VU (20|100).* while p95 rose .+: grow the pool\.$/,
    );
    expect(report).toContain('**Likely bottleneck:** DB connections: ');
  });
});
