/**
 * What a run's requests say about themselves: the bundled scenarios tag every load request with
 * k6's `scenario`, our `profile` and `stage`, so a results file needs no input to be read right.
 */
import type { RunRecord } from './run-record.js';
import type { TagTotals } from './tag-totals.js';
import type { StagePlan } from './types.js';

/** The stage plan of a scenario and profile the requests name; undefined when not a bundled one. */
export type PlanOf = (scenario: string, profile: string) => StagePlan | undefined;

export interface TaggedRun {
  scenario: string | null;
  profile: string | null;
}

/** The scenario and profile tags most load requests carry (a run has one of each). */
export function taggedRun(record: RunRecord, totals: TagTotals): TaggedRun {
  const requestsOfTag = totals.requestRows;
  const scenarios = new Map<string, number>();
  const profiles = new Map<string, number>();
  record.tags.all.forEach((t, id) => {
    if (t.phase !== 'load') return;
    const n = requestsOfTag[id] as number;
    if (t.scenario !== null) scenarios.set(t.scenario, (scenarios.get(t.scenario) ?? 0) + n);
    if (t.profile !== null) profiles.set(t.profile, (profiles.get(t.profile) ?? 0) + n);
  });
  return { scenario: mostSeen(scenarios), profile: mostSeen(profiles) };
}

function mostSeen(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The plan the tags name wins over the one given: a quick run judged with `full` would spread its stages five times too thin. */
export function resolvePlan(
  tagged: TaggedRun,
  given: StagePlan | undefined,
  planOf: PlanOf | undefined,
): { plan: StagePlan | undefined; from: 'tags' | 'given' | 'none' } {
  const fromTags =
    tagged.scenario !== null && tagged.profile !== null && planOf ? planOf(tagged.scenario, tagged.profile) : undefined;
  if (fromTags) return { plan: fromTags, from: 'tags' };
  return given ? { plan: given, from: 'given' } : { plan: undefined, from: 'none' };
}
