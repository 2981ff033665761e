/**
 * Before anything runs: a thresholds check whose endpoint or stage the bundled scenario never
 * reaches is refused, rather than reported as "not measured" after a full run.
 */
import { checkScopesReachable } from '../config/thresholds-scope.js';
import type { Thresholds } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import { ENDPOINTS, stagePlanFor } from '../../scenarios/lib/options.js';

export function checkBundledScopes(config: ActionConfig, thresholds: Thresholds): void {
  if (config.resultsFile !== null || config.scenario.kind === 'custom') return;
  const scenario = config.scenario.kind;
  checkScopesReachable(thresholds, {
    scenario,
    endpoints: Object.values(ENDPOINTS),
    stageCount: stagePlanFor(scenario, config.profile).stages.length,
  });
}
