/**
 * Bounded load from node on a stand-in, in stages of rising virtual users (each enqueues once,
 * then polls its position with a short pause, like a visitor), measured into StageResults
 * with their real windows. No k6: only the server side matters here.
 */
import type { StageResult } from '../../../src/results/types.js';
import { trendStats } from '../../../src/results/stats.js';
import type { StandIn } from '../../../standin/server.js';

export interface LoadStage {
  vus: number;
  durationMs: number;
}

export interface AppliedLoad {
  /** Epoch ms the first stage started: stage offsets count from here. */
  scenarioStartMs: number;
  stages: StageResult[];
}

const THINK_MS = 100;

async function timed(url: string, init: RequestInit): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    return { ok: res.ok, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

async function visitor(
  standIn: StandIn,
  token: string,
  until: number,
  durations: number[],
  failures: { count: number },
): Promise<void> {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const record = (r: { ok: boolean; ms: number }) => {
    durations.push(r.ms);
    if (!r.ok) failures.count += 1;
  };
  record(
    await timed(`${standIn.url}/api/v1/waitings`, { method: 'POST', headers, body: JSON.stringify({ boothId: 1 }) }),
  );
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, THINK_MS));
    if (Date.now() >= until) break;
    record(await timed(`${standIn.url}/api/v1/waitings/booth/1`, { headers }));
  }
}

export async function applyLoad(standIn: StandIn, plan: LoadStage[]): Promise<AppliedLoad> {
  const scenarioStartMs = Date.now();
  const stages: StageResult[] = [];
  let visitors = 0;
  for (const [index, step] of plan.entries()) {
    const startMs = Date.now();
    const durations: number[] = [];
    const failures = { count: 0 };
    const tokens = Array.from({ length: step.vus }, () =>
      standIn.issueToken(`visitor-${(visitors += 1)}@perf-gate.test`),
    );
    // Requests that started before the end finish inside the stage: its window ends when they do.
    await Promise.all(tokens.map((token) => visitor(standIn, token, startMs + step.durationMs, durations, failures)));
    const endMs = Date.now();
    const requests = durations.length;
    stages.push({
      stage: {
        index,
        label: `VU ${step.vus}`,
        startMs: startMs - scenarioStartMs,
        endMs: endMs - scenarioStartMs,
        target: step.vus,
        unit: 'vus',
      },
      requests,
      failed: failures.count,
      errorRate: requests === 0 ? 0 : failures.count / requests,
      rps: requests / ((endMs - startMs) / 1000),
      duration: trendStats(durations),
      maxVus: step.vus,
    });
  }
  return { scenarioStartMs, stages };
}
