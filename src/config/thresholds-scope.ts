import { ThresholdsError, type Thresholds } from './thresholds.js';

/** What a bundled scenario can produce: its endpoint names and how many stages its plan has. */
export interface ScenarioReach {
  scenario: string;
  endpoints: readonly string[];
  stageCount: number;
}

/**
 * Refuses, before any load, a check whose endpoint or stage the bundled scenario can never
 * produce: a typo ("enqeue") would otherwise leave the check "not measured" on every run.
 */
export function checkScopesReachable(thresholds: Thresholds, reach: ScenarioReach): void {
  const problems: string[] = [];
  thresholds.checks.forEach((check, i) => {
    const { scope } = check;
    if (scope.kind === 'endpoint' && !reach.endpoints.includes(scope.name)) {
      problems.push(
        `$.checks[${i}].scope: the ${reach.scenario} scenario makes no requests named "${scope.name}"; expected one of ${reach.endpoints.join(', ')}`,
      );
    }
    if (scope.kind === 'stage' && (scope.index < 0 || scope.index >= reach.stageCount)) {
      problems.push(
        `$.checks[${i}].scope: the ${reach.scenario} scenario has stages 0 to ${reach.stageCount - 1}, not ${scope.index}`,
      );
    }
  });
  if (problems.length > 0) throw new ThresholdsError(thresholds.source, problems);
}
