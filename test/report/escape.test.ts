import { describe, expect, it } from 'vitest';
import { clipText, codeBlock, escapeMarkdown, escapeTableCell, inlineCode } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('turns HTML and emphasis into literal text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>|**x**')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;\\|\\*\\*x\\*\\*',
    );
  });

  it('escapes backticks, pipes, brackets, underscores, tildes and backslashes', () => {
    expect(escapeMarkdown('unexpected `token` | [link](x) _a_ ~~b~~ \\n')).toBe(
      'unexpected \\`token\\` \\| \\[link\\](x) \\_a\\_ \\~\\~b\\~\\~ \\\\n',
    );
  });

  it('keeps existing entities literal', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('puts everything on one line so it cannot start a heading, list or new row', () => {
    expect(escapeMarkdown('line one\n# heading\r\n| a | b |')).toBe('line one # heading \\| a \\| b \\|');
  });

  it('breaks @mentions and bare links with a zero-width space', () => {
    expect(escapeMarkdown('ping @octocat at https://evil.example or www.evil.example')).toBe(
      'ping @\u200boctocat at https:/\u200b/evil.example or www\u200b.evil.example',
    );
  });
});

describe('escapeTableCell', () => {
  it('never leaves a cell empty', () => {
    expect(escapeTableCell('  \n ')).toBe('—');
  });

  it('cuts long text with an ellipsis before escaping', () => {
    expect(escapeTableCell('a|'.repeat(100), 9)).toBe('a\\|a\\|a\\|a\\|…');
  });
});

describe('clipText', () => {
  it('does not split a surrogate pair', () => {
    expect(clipText('😀😀😀', 2)).toBe('😀…');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the content', () => {
    expect(codeBlock('echo ````x````', 'sh')).toBe('`````sh\necho ````x````\n`````');
  });

  it('uses three backticks for plain content', () => {
    expect(codeBlock('k6 run x.js')).toBe('```\nk6 run x.js\n```');
  });
});

describe('inlineCode', () => {
  it('wraps plain text in single backticks', () => {
    expect(inlineCode('https://staging.example')).toBe('`https://staging.example`');
  });

  it('survives backticks inside and at the edges', () => {
    expect(inlineCode('`a``b`')).toBe('``` `a``b` ```');
  });
});
