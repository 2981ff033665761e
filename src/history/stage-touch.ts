/**
 * Where a spell spilled over a stage's edge, pure. A disturbance rarely keeps to the plan's
 * stages: on the quick enqueue profile a 25 s busy spell fills the 24 s VU 100 stage and spills
 * 3 s into the next. That spill alone moved the next stage's level by +0.22 (ln) in the project's
 * real recordings, too little to mark the stage as disturbed by its level (stage-judgement.ts),
 * enough to fail an unchanged run. The 5 s blocks see it: they are compared with the same seconds
 * of the base runs (judge/disturbance.ts: a block 1.8× past the run's floor is disturbed). A run
 * slower throughout moves its floor with it and marks no block.
 */
import { referenceProfile, robustShift } from '../judge/disturbance.js';
import { fromLoadBlocks } from '../results/block-profile.js';
import type { LoadBlocks } from '../results/types.js';
import { MIN_BLOCK_BASE_RUNS } from './block-judgement.js';

/** Per plan index, whether the stage's first and its last 5 s block were disturbed. */
export interface StageEdges {
  first: ReadonlySet<number>;
  last: ReadonlySet<number>;
}

export const NO_EDGES: StageEdges = { first: new Set(), last: new Set() };

/** The stages whose first or last block was disturbed; none when too few base runs kept blocks of this plan. */
export function disturbedStageEdges(current: LoadBlocks, base: readonly LoadBlocks[]): StageEdges {
  const profile = fromLoadBlocks(current);
  const profiles = base.map(fromLoadBlocks).filter((p) => p.logP95.length === profile.logP95.length);
  if (profiles.length < MIN_BLOCK_BASE_RUNS) return NO_EDGES;
  const shift = robustShift(profile, referenceProfile(profiles));
  if (shift === null) return NO_EDGES;
  const stageOf = (b: number) => profile.stageOfBlock[b] as number;
  const first = new Set<number>();
  const last = new Set<number>();
  for (const b of shift.disturbed) {
    if (b === 0 || stageOf(b - 1) !== stageOf(b)) first.add(stageOf(b));
    if (b === profile.stageOfBlock.length - 1 || stageOf(b + 1) !== stageOf(b)) last.add(stageOf(b));
  }
  return { first, last };
}
