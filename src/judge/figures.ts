/** What each figure is called, which way is worse, and how its values read. */
import { formatCount, formatMs, formatPercent, formatRps } from '../report/format.js';
import type { Figure, Scope } from './types.js';

const LABELS: Record<Figure, string> = {
  p95: 'p95',
  p99: 'p99',
  avg: 'avg',
  max: 'max',
  'error-rate': 'error rate',
  rps: 'requests/s',
  'dropped-iterations': 'dropped iterations',
};

export function figureLabel(figure: Figure): string {
  return LABELS[figure];
}

/** Throughput is the one figure where less is worse: its limit is a floor. */
export function lowerIsWorse(figure: Figure): boolean {
  return figure === 'rps';
}

export function formatFigure(figure: Figure, value: number): string {
  switch (figure) {
    case 'error-rate':
      return formatPercent(value);
    case 'rps':
      return formatRps(value);
    case 'dropped-iterations':
      return formatCount(value);
    default:
      return formatMs(value);
  }
}

/** "p95", "p95 (enqueue)", "p95 (stage 3, VU 200)". */
export function checkName(figure: Figure, scope: Scope, stageLabel?: string): string {
  const label = figureLabel(figure);
  switch (scope.kind) {
    case 'overall':
      return label;
    case 'endpoint':
      return `${label} (${scope.name})`;
    case 'stage':
      return `${label} (stage ${scope.index}${stageLabel ? `, ${stageLabel}` : ''})`;
  }
}
