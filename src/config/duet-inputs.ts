/**
 * `baseline-url`: duet mode, the base branch's deployment loaded side by side with base-url in
 * one k6 run, so that head is judged against base within the same moments (see judge/paired.ts).
 */
import type { Segment } from '../../scenarios/lib/segments.js';
import { ConfigError } from './errors.js';
import { readMinChange } from './history-inputs.js';
import { httpUrl } from './http-url.js';
import type { DuetSettings } from './types.js';

/**
 * min-change when the input is empty in duet mode. Smaller than history's 10%: both targets
 * share the runner and the moment, so the paired interval is narrow enough to see 5%.
 */
export const DUET_MIN_CHANGE = '5%';

export interface DuetContext {
  baseUrl: string | null;
  resultsMode: boolean;
  segment: Segment | null;
}

export function readDuet(value: string, minChange: string, context: DuetContext): DuetSettings | null {
  if (value === '') return null;
  if (context.resultsMode)
    throw new ConfigError(
      'baseline-url',
      'is set together with results-file',
      'A results file from a duet run is judged as paired by itself (its requests are tagged target=base and target=head): remove baseline-url',
    );
  if (context.segment !== null)
    throw new ConfigError(
      'baseline-url',
      'is set together with segment',
      'Duet mode compares both targets within one k6 process: run it on one runner, without segment',
    );
  const baselineUrl = new URL(httpUrl('baseline-url', value, 'https://base.staging.example.com', 'auth-token'))
    .toString()
    .replace(/\/+$/, '');
  if (baselineUrl === context.baseUrl)
    throw new ConfigError(
      'baseline-url',
      `is the same URL as base-url (${baselineUrl})`,
      "Give the base branch's own deployment, e.g. a second staging slot or the base image started on another port",
    );
  return { baselineUrl, minChange: readPairedMinChange(minChange) };
}

/** min-change for a paired judgement: the input, or DUET_MIN_CHANGE when it is empty. */
export function readPairedMinChange(value: string): number {
  return readMinChange(value || DUET_MIN_CHANGE);
}
