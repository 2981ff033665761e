/** What each figure is called, which way is worse, and how its values read. */
import { formatCount, formatMs, formatPercent, formatRps } from '../report/format.js';
import type { Figure, Scope, ServerCheckFigure } from './types.js';

const LABELS: Record<Figure, string> = {
  p95: 'p95',
  p99: 'p99',
  avg: 'avg',
  max: 'max',
  'error-rate': 'error rate',
  rps: 'requests/s',
  'dropped-iterations': 'dropped iterations',
  cpu: 'CPU',
  'pool-pending': 'DB pool pending',
  'pool-active': 'DB pool active',
  heap: 'JVM heap',
  'gc-pauses': 'GC pauses',
};

const SERVER: Record<ServerCheckFigure, true> = {
  cpu: true,
  'pool-pending': true,
  'pool-active': true,
  heap: true,
  'gc-pauses': true,
};

export function figureLabel(figure: Figure): string {
  return LABELS[figure];
}

/** Measured on the server (Prometheus) per stage, not in k6's results. */
export function isServerFigure(figure: Figure): figure is ServerCheckFigure {
  return Object.hasOwn(SERVER, figure);
}

/** Throughput is the one figure where less is worse: its limit is a floor. */
export function lowerIsWorse(figure: Figure): boolean {
  return figure === 'rps';
}

export function formatFigure(figure: Figure, value: number): string {
  switch (figure) {
    case 'error-rate':
    case 'cpu':
    case 'heap':
      return formatPercent(value);
    case 'rps':
      return formatRps(value);
    case 'dropped-iterations':
    case 'pool-pending':
    case 'pool-active':
    case 'gc-pauses':
      return formatCount(value);
    default:
      return formatMs(value);
  }
}

/** "p95", "p95 (enqueue)", "p95 (stage 3, VU 200)", "CPU (worst stage)". */
export function checkName(figure: Figure, scope: Scope, stageLabel?: string): string {
  const label = figureLabel(figure);
  switch (scope.kind) {
    case 'overall':
      return isServerFigure(figure) ? `${label} (worst stage)` : label;
    case 'endpoint':
      return `${label} (${scope.name})`;
    case 'stage':
      return `${label} (stage ${scope.index}${stageLabel ? `, ${stageLabel}` : ''})`;
  }
}
