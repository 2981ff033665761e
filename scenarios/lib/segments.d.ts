// Types of segments.js (plain JavaScript so that k6 can import it too).
export interface Segment {
  /** 1-based position of this instance. */
  index: number;
  /** How many instances share the test. */
  count: number;
}

export declare const MAX_SEGMENTS: number;
export declare function parseSegment(text: string | undefined | null): Segment | null;
export declare function executionSegment(segment: Segment): string;
export declare function executionSegmentSequence(count: number): string;
export declare function segmentShare(value: number, segment: Segment | null | undefined): number;
export declare function testUserEmail(k: number, segment: Segment | null | undefined): string;
