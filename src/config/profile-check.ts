/**
 * The profile a run is judged with: the `profile` input, checked against the profile the
 * requests are tagged with. A quick run read with full's plan would spread its stages five
 * times too thin, so a contradiction is refused rather than judged.
 */
import { SCENARIOS } from '../../scenarios/lib/options.js';
import { ConfigError } from './errors.js';
import { bundledScenarioFile, bundledScenarioPath, bundledThresholdsPath } from './paths.js';
import type { ActionConfig, BundledScenario, Profile } from './types.js';

const BUNDLED: readonly BundledScenario[] = SCENARIOS;

export interface TaggedProfile {
  /** The `profile` tag of the load's requests; null when they carry none. */
  profile: string | null;
}

/** The profile to report: the input when given, else the tag, else full. Throws when the two disagree. */
export function settleProfile(config: Pick<ActionConfig, 'profile' | 'profileGiven'>, tagged: TaggedProfile): Profile {
  const tag = tagged.profile;
  if (tag === null) return config.profile;
  if (config.profileGiven === true && tag !== config.profile) {
    throw new ConfigError(
      'profile',
      `is "${config.profile}", but the results' requests are tagged profile "${tag}": the run was made with "${tag}"`,
      `Remove the profile input to take the run's own, or set it to "${tag}".`,
    );
  }
  return tag === 'quick' || tag === 'full' ? tag : config.profile;
}

/**
 * Refuses results whose requests name another bundled scenario than the one to judge them as:
 * an enqueue run judged as spike would meet spike's thresholds under a "Scenario spike" heading
 * and land in spike's history. The bundled scripts name their k6 scenario after themselves;
 * other names (a custom script's, k6's "default") say nothing about which bundled one ran.
 */
export function checkScenarioTag(config: Pick<ActionConfig, 'scenario'>, tagged: { scenario: string | null }): void {
  const tag = tagged.scenario;
  const kind = config.scenario.kind;
  if (kind === 'custom' || tag === null || !(BUNDLED as readonly string[]).includes(tag) || tag === kind) return;
  throw new ConfigError(
    'scenario',
    `is "${kind}", but the results' requests are tagged scenario "${tag}": the run was made with "${tag}"`,
    `Set scenario to "${tag}" to judge it against its own thresholds and history.`,
  );
}

/**
 * The scenario to judge a results file as: the input when given; when left empty, the bundled
 * scenario its requests are tagged with, as the profile tag decides the profile. The bundled
 * thresholds follow the scenario unless a thresholds file was given. Returns `config` itself when
 * nothing changes; checkScenarioTag still refuses a contradiction with a given scenario.
 */
export function settleScenario<C extends Pick<ActionConfig, 'scenario' | 'scenarioGiven' | 'thresholdsPath'>>(
  config: C,
  tagged: { scenario: string | null },
): C {
  const { scenario, scenarioGiven, thresholdsPath } = config;
  const tag = tagged.scenario as BundledScenario | null;
  if (scenarioGiven !== false || scenario.kind === 'custom') return config;
  if (tag === null || !BUNDLED.includes(tag) || tag === scenario.kind) return config;
  // The bundled files sit side by side: swap the scenario's name in the script's and thresholds' paths.
  const root = scenario.scriptPath.slice(0, -bundledScenarioFile(scenario.kind).length);
  const thresholdsGiven = thresholdsPath !== bundledThresholdsPath(root, scenario.kind);
  return {
    ...config,
    scenario: { kind: tag, scriptPath: bundledScenarioPath(root, tag) },
    thresholdsPath: thresholdsGiven ? thresholdsPath : bundledThresholdsPath(root, tag),
  };
}
