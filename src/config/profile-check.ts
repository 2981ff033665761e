/**
 * The profile a run is judged with: the `profile` input, checked against the profile the
 * requests are tagged with. A quick run read with full's plan would spread its stages five
 * times too thin, so a contradiction is refused rather than judged.
 */
import { ConfigError } from './errors.js';
import type { ActionConfig, Profile } from './types.js';

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
