/**
 * One history entry from a confirmed pair of runs, pure. Recording only the second run would keep
 * the better of two draws whenever the first failed, and history would drift towards the lucky
 * runs; recording both would count one commit twice. So the pair becomes one entry: latencies and
 * requests/s as the geometric mean of the two (history compares them on the log scale), the
 * error rate as the pooled share of failed requests.
 */
import type { Estimate, FigureSet, HistoryEntry } from './entry.js';

const geometric = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a > 0 && b > 0 ? Math.sqrt(a * b) : (a + b) / 2;

function logMean(a: Estimate | null, b: Estimate | null): Estimate | null {
  if (a === null || b === null) return a ?? b;
  return { value: geometric(a.value, b.value)!, low: geometric(a.low, b.low), high: geometric(a.high, b.high) };
}

function pooledSet<T extends FigureSet>(a: T, b: FigureSet): T {
  const requests = a.requests + b.requests;
  const share = (x: number, y: number) => (requests === 0 ? (x + y) / 2 : (x * a.requests + y * b.requests) / requests);
  return {
    ...a,
    requests,
    p50: logMean(a.p50, b.p50),
    p95: logMean(a.p95, b.p95),
    p99: logMean(a.p99, b.p99),
    errorRate: { value: share(a.errorRate.value, b.errorRate.value), low: null, high: null },
    rps: logMean(a.rps, b.rps)!,
  };
}

/** The first run's entry with every figure pooled with the confirmation run's; scopes only one run has keep the first's. */
export function pooledEntry(first: HistoryEntry, second: HistoryEntry): HistoryEntry {
  const { overall, endpoints, stages } = second.figures;
  return {
    ...first,
    figures: {
      overall: pooledSet(first.figures.overall, overall),
      endpoints: first.figures.endpoints.map((e) => {
        const other = endpoints.find((o) => o.name === e.name && o.method === e.method);
        return other ? pooledSet(e, other) : e;
      }),
      stages: first.figures.stages.map((s) => {
        const other = stages.find((o) => o.index === s.index && o.label === s.label);
        return other ? pooledSet(s, other) : s;
      }),
    },
  };
}
