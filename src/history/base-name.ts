/**
 * How the runs a check is compared with are named, in one place: the report's sentences once said
 * "the band of 5 earlier runs runs", and the section was headed "vs local", "vs earlier runs" or
 * "vs main" depending on the mode.
 */

/** The base when any branch's runs count (a local file compared outside CI). */
export const EARLIER_RUNS = 'earlier runs';
/** The branch runs recorded outside GitHub Actions are kept under. */
export const LOCAL_BRANCH = 'local';

/** "5 runs of main", "5 earlier runs", "5 runs recorded on this machine". */
export function runsOfBase(runs: number, base: string): string {
  const plural = runs === 1 ? 'run' : 'runs';
  if (base === EARLIER_RUNS) return `${runs} earlier ${plural}`;
  if (base === LOCAL_BRANCH) return `${runs} ${plural} recorded outside CI`;
  return `${runs} ${plural} of ${base}`;
}

/** What the history section compares with, as one sentence's object. */
export function baseDescription(base: string): string {
  if (base === EARLIER_RUNS) return 'the earlier runs in the history';
  if (base === LOCAL_BRANCH) return 'the earlier runs recorded outside CI';
  return `the recent runs of ${base}`;
}
