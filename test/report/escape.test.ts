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

  it('breaks @mentions with a zero-width space and shows URLs whole as inline code, never a link', () => {
    expect(escapeMarkdown('ping @octocat at https://evil.example or www.evil.example')).toBe(
      'ping @\u200boctocat at `https://evil.example` or `www.evil.example`',
    );
  });

  it('percent-encodes a backtick or pipe in a URL, which would end the code or the table cell', () => {
    expect(escapeTableCell('GET https://x.example/a|b`c?d=@e')).toBe('GET `https://x.example/a%7Cb%60c?d=@e`');
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

describe('issue references and bidirectional controls from k6 data', () => {
  it('breaks #123, owner/repo#45 and GH-7 with a zero-width space so GitHub links no issue', () => {
    expect(escapeMarkdown('GET /items/#123 owner/repo#45 GH-7 gh-8 and # 9')).toBe(
      'GET /items/#\u200b123 owner/repo#\u200b45 GH\u200b-7 gh\u200b-8 and # 9',
    );
  });

  it('shows the right-to-left override and every other bidi control as U+FFFD', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
    expect(escapeMarkdown('GET /api/\u202Egnp.exe')).toBe('GET /api/\ufffdgnp.exe');
    expect(escapeTableCell(`x${controls}y`)).toBe(`x${'\ufffd'.repeat(12)}y`);
    expect(inlineCode('a\u202Eb')).toBe('`a\ufffdb`');
    expect(codeBlock('k6 run \u2066x\u2069', 'sh')).toBe('```sh\nk6 run \ufffdx\ufffd\n```');
  });
});
