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

/** What tells apart two checks on one figure and scope: a fixed limit, or room over the baseline. */
interface NamedCheck {
  name: string;
  baseline: number | null;
  severity: string;
}

function qualified(name: string, qualifier: string): string {
  return name.endsWith(')') ? `${name.slice(0, -1)}, ${qualifier})` : `${name} (${qualifier})`;
}

/**
 * The names of a file's checks, made distinct: two rows both called "error rate" cannot be told
 * apart in the table, so checks sharing a name say what they judge against ("error rate (limit)",
 * "error rate (vs baseline)"), then their severity, then their position.
 */
export function distinctCheckNames(checks: readonly NamedCheck[]): string[] {
  const shared = (names: readonly string[], i: number) => names.filter((n) => n === names[i]).length > 1;
  const byKind = checks.map((c, i) =>
    shared(
      checks.map((x) => x.name),
      i,
    )
      ? qualified(c.name, c.baseline === null ? 'limit' : 'vs baseline')
      : c.name,
  );
  const bySeverity = byKind.map((n, i) => (shared(byKind, i) ? qualified(n, checks[i]!.severity) : n));
  return bySeverity.map((n, i) => (shared(bySeverity, i) ? qualified(n, `#${i + 1}`) : n));
}
