/**
 * The hidden marker that makes the PR comment sticky: perf-gate finds its earlier comment by this
 * HTML comment (invisible in the rendered markdown) and updates it instead of posting another.
 * GitHub's size limits live here too, beside the marker that takes part of the room.
 */

export const COMMENT_MARKER = '<!-- perf-gate:comment -->';

/** GitHub refuses issue-comment bodies longer than this (422 "body is too long"). */
export const MAX_COMMENT_LENGTH = 65_536;

/** GitHub rejects longer bodies; the margin leaves room for the publisher's keyed marker. */
export const GITHUB_COMMENT_LIMIT = MAX_COMMENT_LENGTH - 128;

/** The report's room in a comment: GitHub's limit less the marker line publishing puts on top. */
export const REPORT_MAX_CHARS = GITHUB_COMMENT_LIMIT - `${COMMENT_MARKER}\n\n`.length;

/**
 * The report's room in the job summary, whose limit is 1 MiB of UTF-8: a UTF-16 unit is at most
 * 3 bytes, so this many units always fit, with room to spare for the marker.
 */
export const SUMMARY_MAX_CHARS = Math.floor((1024 * 1024 - 16 * 1024) / 3);

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Any perf-gate marker, keyed or not: a body must carry exactly one, ours. */
const ANY_MARKER = /<!-- perf-gate:comment(?::[A-Za-z0-9._-]+)? -->\n?/g;
const TRUNCATION_NOTE = '\n\n…(comment truncated: the job summary has the full report)';

/**
 * The marker for one perf-gate step. A key (e.g. "enqueue", "spike") keeps two perf-gate steps of
 * one workflow in two separate comments; without one, the plain COMMENT_MARKER.
 */
export function commentMarker(key?: string | null): string {
  if (key === undefined || key === null || key === '') return COMMENT_MARKER;
  if (!KEY_PATTERN.test(key)) {
    throw new Error(
      `comment key "${key}" is not usable in the PR comment marker: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
  }
  return `<!-- perf-gate:comment:${key} -->`;
}

/** Does this comment body carry exactly this marker (not merely another step's marker)? */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.includes(marker);
}

/**
 * The body to post: any perf-gate marker the rendered report already holds is replaced by this
 * step's one at the top (so a keyed step never carries the plain marker and gets mistaken for the
 * unkeyed step's comment), and the text is cut to GitHub's length limit.
 */
export function stickyCommentBody(body: string, marker: string): string {
  const full = `${marker}\n${withoutMarkers(body)}`;
  if (full.length <= MAX_COMMENT_LENGTH) return full;
  let cut = full.slice(0, MAX_COMMENT_LENGTH - TRUNCATION_NOTE.length);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + TRUNCATION_NOTE;
}

/**
 * The text with every perf-gate marker gone, stripped until none is left: one pass over
 * `<!-- perf-gate:comment:<!-- perf-gate:comment -->enqueue -->` (a script's name, say) would
 * leave a working enqueue marker behind.
 */
export function withoutMarkers(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(ANY_MARKER, '');
  }
  return rest;
}
