/** Finding a check's figure in a RunResult: the value, its 95% interval when one exists, or why it is missing. */
import type { ConfidenceInterval, EndpointResult, IntervalBasis, RequestStats, RunResult } from '../results/types.js';
import { wilsonInterval } from './interval.js';
import type { Figure, Scope } from '../figures/catalogue.js';

export type Measurement =
  | {
      value: number;
      interval: ConfidenceInterval | null;
      /** How the interval was computed, for the confidence sentence. */
      method: string | null;
      /** The stage's label when the scope is a stage. */
      stageLabel?: string;
    }
  | {
      value: null;
      missing: string;
      stageLabel?: string;
      /** The endpoint or stage named is not in the run at all. */ absent?: boolean;
    };

/**
 * The endpoint named `name`: the load phase's entry first (setup's logins share names with
 * the load's in custom scripts), then the busiest entry when several methods share the name.
 */
export function findEndpoint(endpoints: readonly EndpointResult[], name: string): EndpointResult | undefined {
  const named = endpoints.filter((e) => e.name === name);
  const load = named.filter((e) => e.phase === 'load');
  const pool = load.length > 0 ? load : named;
  return [...pool].sort((a, b) => b.requests - a.requests)[0];
}

/**
 * The interval's method, as the confidence sentence names it: time blocks when the results
 * engine could cut the requests' span into them, else independent draws (order statistics,
 * Wilson score). Results built without a basis (by hand) are independent draws.
 */
function methodName(basis: IntervalBasis | undefined, independent: string): string {
  if (basis?.method === 'time blocks') {
    return `batch means, ${basis.blocks} blocks of ${Math.round(basis.blockSeconds)} s`;
  }
  if (basis?.method === 'stage blocks') {
    const short = basis.shortStages.map((s) => s + 1);
    const flag =
      short.length === 0
        ? ''
        : `; stage${short.length > 1 ? 's' : ''} ${short.join(', ')} too short for ${short.length > 1 ? 'their' : 'its'} own, width borrowed`;
    return `batch means, ${basis.blocks} blocks within ${basis.stages} stages${flag}`;
  }
  // The reason (too short a span) stays in the basis: the sentence must fit a table cell.
  return basis ? `${independent}, independent draws` : independent;
}

function fromRequestStats(stats: RequestStats, figure: Figure, where: string): Measurement {
  if (figure === 'rps') return { value: stats.rps, interval: null, method: null };
  if (figure === 'error-rate') {
    if (stats.requests === 0) return { value: null, missing: `no requests ${where}` };
    const method = stats.intervalBasis?.method;
    const timed = method === 'time blocks' || method === 'stage blocks' ? stats.errorRateCi : null;
    return {
      value: stats.errorRate,
      interval: timed ?? wilsonInterval(stats.failed, stats.requests),
      method: methodName(stats.intervalBasis, 'Wilson score'),
    };
  }
  const d = stats.duration;
  if (d === null) return { value: null, missing: `no requests ${where}` };
  // A refused connection "lasts" 0 ms: latency over nothing but failures would pass a dead target.
  if (stats.failed === stats.requests)
    return { value: null, missing: `every request ${where} failed, so there is no latency to judge` };
  switch (figure) {
    case 'p95':
      return { value: d.p95, interval: d.p95Ci, method: methodName(stats.intervalBasis, 'order statistics') };
    case 'p99':
      return { value: d.p99, interval: d.p99Ci, method: methodName(stats.intervalBasis, 'order statistics') };
    case 'avg':
      return { value: d.avg, interval: null, method: null };
    case 'max':
      return { value: d.max, interval: null, method: null };
    default:
      return { value: null, missing: `${figure} is not measured ${where}` };
  }
}

export function measure(result: RunResult, figure: Figure, scope: Scope): Measurement {
  switch (scope.kind) {
    case 'overall':
      if (figure === 'dropped-iterations') {
        return { value: result.overall.droppedIterations, interval: null, method: null };
      }
      // The load's figures: setup()'s logins and teardown()'s clean-up are not what is judged.
      return fromRequestStats(result.overall, figure, "in this run's load");
    case 'endpoint': {
      const endpoint = findEndpoint(result.endpoints, scope.name);
      if (!endpoint) return { value: null, missing: `no requests named "${scope.name}" in this run`, absent: true };
      return fromRequestStats(endpoint, figure, `named "${scope.name}"`);
    }
    case 'stage': {
      const stage = result.stages.find((s) => s.stage.index === scope.index);
      if (!stage) return { value: null, missing: `this run has no stage ${scope.index}`, absent: true };
      const stageLabel = stage.stage.label;
      return { ...fromRequestStats(stage, figure, `in stage ${scope.index} (${stageLabel})`), stageLabel };
    }
  }
}
