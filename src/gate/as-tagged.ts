/**
 * The gate's step after the first judgement: the scenario and profile the requests are tagged
 * with. A run of another scenario or profile than the inputs say is refused here, before
 * history, so that it never lands in this one's history.
 */
import type { ActionIO } from '../core/io.js';
import { checkScenarioTag, settleProfile, settleScenario } from '../config/profile-check.js';
import { loadThresholds, type Thresholds } from '../config/thresholds.js';
import type { ActionConfig, Profile } from '../config/types.js';
import type { RunEvent } from '../github/context.js';
import { checkBundledScopes } from './bundled-scopes.js';
import type { HistoryStepInput } from './history.js';
import { judgeRuns, type JudgedRun } from './judge-run.js';

export interface AsTagged {
  /** The config with the scenario the requests are tagged with, when the input left it empty. */
  config: ActionConfig;
  /** The profile the requests are tagged with, when the input left it empty. */
  profile: Profile;
  thresholds: Thresholds;
  /** The first judged run, judged again when the scenario changed. */
  first: JudgedRun;
}

export async function judgedAsTagged(
  gate: { io: ActionIO; config: ActionConfig; thresholds: Thresholds; environment: { cwd: string; tempDir: string } },
  judged: JudgedRun,
): Promise<AsTagged> {
  const { config, thresholds, first } = await scenarioAsTagged(gate, judged);
  checkScenarioTag(config, first.result.described);
  return { config, thresholds, first, profile: settleProfile(config, first.result.described) };
}

/** The config with the profile the requests are tagged with. */
export const withProfile = (config: ActionConfig, profile: Profile): ActionConfig => ({ ...config, profile });

/** What history is given of the tagged run: history is kept per scenario and profile as tagged. */
export function historyInput(tagged: AsTagged, io: ActionIO, event: RunEvent): HistoryStepInput {
  const { first } = tagged;
  return {
    io,
    event,
    config: withProfile(tagged.config, tagged.profile),
    result: first.result,
    thresholds: tagged.thresholds,
    k6: first.k6,
    loadGenerator: first.loadGenerator?.health.status ?? null,
    duet: Boolean(first.verdict.paired),
  };
}

/**
 * A results file judged as the scenario its requests are tagged with when the scenario input was
 * left empty (settleScenario): read again with that scenario's stage plan, against its bundled
 * thresholds. Only results-file mode gets here with another scenario: k6 ran the one configured.
 */
async function scenarioAsTagged(
  gate: { io: ActionIO; config: ActionConfig; thresholds: Thresholds; environment: { cwd: string; tempDir: string } },
  first: JudgedRun,
): Promise<{ config: ActionConfig; thresholds: Thresholds; first: JudgedRun }> {
  const config = settleScenario(gate.config, first.result.described);
  if (config === gate.config || first.k6 !== null) return { config: gate.config, thresholds: gate.thresholds, first };
  const thresholds = await loadThresholds(config.thresholdsPath);
  checkBundledScopes(config, thresholds);
  const judgeAgain = await judgeRuns(config, thresholds, null, gate.environment, gate.io.warning);
  return { config, thresholds, first: await judgeAgain() };
}
