// A test split over n k6 instances with k6's execution segments: instance i of n runs the
// segment ((i-1)/n, i/n] of the sequence 0, 1/n, ..., 1. Pure ES module shared by the k6
// scripts (setup() logs in only its share of test users) and perf-gate (k6's arguments).
// Only syntax k6 v0.49's runtime accepts (no ?., ??, object spread).

export const MAX_SEGMENTS = 64;

/** Parses `i/n` (1 <= i <= n <= MAX_SEGMENTS); null when the text is not such a segment. */
export function parseSegment(text) {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text === undefined || text === null ? '' : String(text));
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SEGMENTS) return null;
  return { index: index, count: count };
}

/** `--execution-segment` of instance i of n: "(i-1)/n:i/n". */
export function executionSegment(segment) {
  return segment.index - 1 + '/' + segment.count + ':' + segment.index + '/' + segment.count;
}

/** `--execution-segment-sequence` shared by all n instances: "0,1/n,...,1". */
export function executionSegmentSequence(count) {
  const points = ['0'];
  for (let i = 1; i < count; i++) points.push(i + '/' + count);
  points.push('1');
  return points.join(',');
}

/**
 * How many of `value` (VUs, a stage's target) instance i of n gets, by k6's striping rule for a
 * segment sequence: elements are dealt out in cycles of the sequence's common denominator, and
 * in each cycle element k goes to the first segment (biggest first, ties in order) that has
 * taken no more than its share so far. For n equal segments element k goes to segment k mod n,
 * so segment i gets the elements i-1, i-1+n, ...: ceil((value - (i-1)) / n). The shares of all n
 * instances add up to value, as k6's own ExecutionTuple.ScaleInt64 does.
 */
export function segmentShare(value, segment) {
  if (!segment || segment.count === 1) return value;
  const offset = segment.index - 1;
  if (value <= offset) return 0;
  return Math.ceil((value - offset) / segment.count);
}

/** Email of test user k (1-based) of an instance: the segment is part of it, so instances never share a user. */
export function testUserEmail(k, segment) {
  if (!segment || segment.count === 1) return 'perf-gate-' + k + '@perf-gate.test';
  return 'perf-gate-s' + segment.index + 'of' + segment.count + '-' + k + '@perf-gate.test';
}
