/**
 * The README's table of contents leads somewhere: every link in it names a heading (by GitHub's
 * anchor rules), and every top-level section is in it, so a new section cannot be left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../workflows/workflow-files.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Headings outside fenced code blocks, as [level, text]. */
function headings(markdown: string): Array<[number, string]> {
  let fenced = false;
  const found: Array<[number, string]> = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6}) (.+)$/.exec(line);
    if (m) found.push([m[1]!.length, m[2]!.trim()]);
  }
  return found;
}

const contents = /\*\*Contents:\*\*([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
const links = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);

describe('the README contents', () => {
  it('follows GitHub anchor rules for a heading with a colon', () => {
    expect(anchorOf('More load than one runner: segments judged as one')).toBe(
      'more-load-than-one-runner-segments-judged-as-one',
    );
  });

  it('links only to headings that exist', () => {
    const anchors = headings(readme).map(([, text]) => anchorOf(text));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(anchors).toContain(link);
  });

  it('lists every top-level section', () => {
    const sections = headings(readme).filter(([level]) => level === 2);
    for (const [, text] of sections) expect(links).toContain(anchorOf(text));
  });
});
