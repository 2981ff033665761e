import { describe, expect, it } from 'vitest';
import {
  COMMENT_MARKER,
  MAX_COMMENT_LENGTH,
  commentMarker,
  hasMarker,
  stickyCommentBody,
} from '../../src/github/marker.js';

describe('commentMarker', () => {
  it('is the plain marker without a key and a keyed one with it', () => {
    expect(commentMarker()).toBe('<!-- perf-gate:comment -->');
    expect(commentMarker('')).toBe(COMMENT_MARKER);
    expect(commentMarker('spike')).toBe('<!-- perf-gate:comment:spike -->');
  });

  it('refuses a key that could break out of the HTML comment', () => {
    expect(() => commentMarker('a -->')).toThrow(
      `comment key "a -->" is not usable in the PR comment marker: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
  });
});

describe('hasMarker', () => {
  it('tells the plain and the keyed markers apart', () => {
    const spikeBody = `${commentMarker('spike')}\n## perf-gate`;
    expect(hasMarker(spikeBody, commentMarker('spike'))).toBe(true);
    expect(hasMarker(spikeBody, COMMENT_MARKER)).toBe(false);
    expect(hasMarker(`${COMMENT_MARKER}\nx`, commentMarker('spike'))).toBe(false);
    expect(hasMarker(null, COMMENT_MARKER)).toBe(false);
  });
});

describe('stickyCommentBody', () => {
  it("puts this step's marker on top and drops any other perf-gate marker the report carried", () => {
    const report = `${COMMENT_MARKER}\n## perf-gate: pass\n<!-- perf-gate:comment:enqueue -->\nend`;
    expect(stickyCommentBody(report, commentMarker('spike'))).toBe(
      '<!-- perf-gate:comment:spike -->\n## perf-gate: pass\nend',
    );
  });

  it('leaves a body within the limit whole', () => {
    expect(stickyCommentBody('## ok', COMMENT_MARKER)).toBe(`${COMMENT_MARKER}\n## ok`);
  });

  it("cuts an oversized body to GitHub's limit, keeping the marker and never half a surrogate pair", () => {
    // The odd 'x' puts the cut in the middle of a pair.
    const body = `x${'😀'.repeat(MAX_COMMENT_LENGTH)}`;
    const sticky = stickyCommentBody(body, COMMENT_MARKER);
    expect(sticky.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(sticky.startsWith(`${COMMENT_MARKER}\nx😀`)).toBe(true);
    expect(sticky.endsWith('😀\n\n…(comment truncated: the job summary has the full report)')).toBe(true);
    expect(sticky).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
