/**
 * Making untrusted text (endpoint names, k6 error messages, anything from the server
 * or the user's script) inert in GitHub markdown: no HTML, no formatting, no links,
 * no mentions, no issue references, no bidi reordering, no broken table rows.
 */

/** Longest untrusted string shown inline; the rest is cut with an ellipsis. */
export const MAX_INLINE_TEXT = 160;

// ASCII punctuation CommonMark reads as syntax inline: emphasis, code, strikethrough,
// escapes, table cells, and the brackets that open links and images (with `[` escaped,
// `(`, `)` and `!` cannot form one). Block markers (#, -, >) only matter at a line
// start, which untrusted text never gets because newlines are removed.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;

// Bidirectional controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI) reorder what a reader sees, so a
// name can display as something it is not ("Trojan Source"). Each becomes a visible U+FFFD.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces bidirectional controls with U+FFFD, so untrusted text shows in its stored order. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '\ufffd');
}

/** Collapses whitespace (newlines would end a table row or start a block) and cuts to `max` characters. */
export function clipText(text: string, max = MAX_INLINE_TEXT): string {
  const flat = neutraliseBidi(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${Array.from(flat)
    .slice(0, max - 1)
    .join('')}…`;
}

// A URL in untrusted text: shown as inline code, which GitHub renders verbatim and never links,
// so it can be read and copied whole (it used to be broken up by a zero-width space).
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * Escapes text for inline markdown: renders literally, whatever it contains. URLs in it become
 * inline code (a backtick or pipe in one is percent-encoded: either would end the code or a table
 * cell), so a copied URL works while a server-chosen one still is no link.
 */
export function escapeMarkdown(text: string, max = MAX_INLINE_TEXT): string {
  const flat = clipText(text, max);
  let escaped = '';
  let last = 0;
  for (const match of flat.matchAll(URL_IN_TEXT)) {
    escaped += escapeProse(flat.slice(last, match.index));
    escaped += `\`${match[0].replace(/[`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}\``;
    last = match.index + match[0].length;
  }
  return escaped + escapeProse(flat.slice(last));
}

/** Escapes prose (text without URLs): entities, markdown punctuation, mentions and issue references. */
function escapeProse(text: string): string {
  return (
    text
      // Entities first so the ampersands they introduce are not escaped again.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      // GitHub links @user and notifies them; a zero-width space after @ stops it.
      .replace(/@/g, '@\u200b')
      // GitHub links issue references #123, owner/repo#45 and GH-7; a zero-width space breaks them too.
      .replace(/#(?=\d)/g, '#\u200b')
      .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-')
  );
}

/**
 * Escapes text for a GFM table cell. escapeMarkdown already escapes `|` (GFM splits
 * cells on unescaped pipes before any inline parsing) and removes newlines; an empty
 * cell gets a dash so the row keeps its shape.
 */
export function escapeTableCell(text: string, max = MAX_INLINE_TEXT): string {
  const escaped = escapeMarkdown(text, max);
  return escaped === '' ? '—' : escaped;
}

/**
 * A fenced code block that the content cannot close: the fence is longer than any
 * run of backticks inside it.
 */
export function codeBlock(content: string, language = ''): string {
  content = neutraliseBidi(content);
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}\n${fence}`;
}

/**
 * Inline code for plain facts such as a URL or a version: shown verbatim, never
 * linked. Not for table cells (a pipe would still split the cell).
 */
export function inlineCode(text: string, max = MAX_INLINE_TEXT): string {
  const flat = clipText(text, max);
  const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space on each side, so content touching a backtick stays intact.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
