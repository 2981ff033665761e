import { renderFailedRun, type FailedRun } from './failed-run.js';

/**
 * The short report of a k6 run that left nothing to judge (a script exception, bad flags, an
 * invalid configuration). It replaces the sticky comment's previous result, which would
 * otherwise go on showing a verdict for code this run never measured.
 */
export function renderNoResults(run: FailedRun, reason: string): string {
  return renderFailedRun('the latest run produced no results', run, reason, [
    '_Any earlier result shown here is out of date: fix the run and push again._',
  ]);
}
