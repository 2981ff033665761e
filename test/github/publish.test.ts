import { describe, expect, it } from 'vitest';
import { readRunEvent } from '../../src/github/context.js';
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT, REPORT_MAX_CHARS } from '../../src/github/marker.js';
import { publishReport } from '../../src/github/publish.js';
import { recordingIO } from '../support/recording-io.js';

describe('publishReport', () => {
  it('puts the sticky-comment marker on top of the report, where the report used to carry it', async () => {
    const { io, said } = recordingIO({}, {});
    const published = await publishReport(
      io,
      { githubToken: null, comment: 'never', commentAuthor: null, key: 'enqueue' },
      readRunEvent({}),
      '## ✅ Performance gate passed\n',
      'pass',
    );
    expect(said.summaries).toEqual([`${COMMENT_MARKER}\n\n## ✅ Performance gate passed\n`]);
    expect(published.action).toBe('skipped');
  });

  it('leaves the report the room the marker takes from the comment', () => {
    expect(REPORT_MAX_CHARS + `${COMMENT_MARKER}\n\n`.length).toBe(GITHUB_COMMENT_LIMIT);
  });
});

describe('readRunEvent', () => {
  it('reads the event file once: the PR head commit, and the same text for publishing', () => {
    let reads = 0;
    const event = readRunEvent({ GITHUB_EVENT_PATH: '/event.json', GITHUB_SHA: 'merge' }, () => {
      reads++;
      return JSON.stringify({ pull_request: { number: 7, head: { sha: 'head' } } });
    });
    expect(event.commit).toBe('head');
    expect(JSON.parse(event.readEventFile('/event.json')).pull_request.number).toBe(7);
    expect(reads).toBe(1);
  });

  it('falls back to GITHUB_SHA and hands publishing the read error', () => {
    const event = readRunEvent({ GITHUB_EVENT_PATH: '/gone.json', GITHUB_SHA: 'merge' }, () => {
      throw new Error('ENOENT');
    });
    expect(event.commit).toBe('merge');
    expect(() => event.readEventFile('/gone.json')).toThrow('ENOENT');
  });
});
