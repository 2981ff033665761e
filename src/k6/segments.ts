/**
 * One runner's share of a test split over a job matrix: k6's execution-segment arguments for
 * instance i of n (k6's striping rule, shared with the scenarios through scenarios/lib/segments.js).
 */
import { executionSegment, executionSegmentSequence, type Segment } from '../../scenarios/lib/segments.js';

export type { Segment };

/** k6's arguments for this instance: its segment and the sequence every instance shares. */
export function segmentArguments(segment: Segment): string[] {
  return [
    `--execution-segment=${executionSegment(segment)}`,
    `--execution-segment-sequence=${executionSegmentSequence(segment.count)}`,
  ];
}

/** `2/4`: how the segment is named in logs and file names. */
export function segmentLabel(segment: Segment): string {
  return `${segment.index}/${segment.count}`;
}

/** The results file of this instance: its segment in the name, so the judge's glob finds them all apart. */
export function segmentResultsName(segment: Segment): string {
  return `k6-segment-${segment.index}-of-${segment.count}.ndjson.gz`;
}
