/** What a check is called in the report and the log. */
import { figureLabel, isServerFigure, type Figure, type Scope } from '../figures/catalogue.js';

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
