import { describe, expect, it } from 'vitest';
import { parseNumber, PreviousRequestLine, RawTagIds } from '../../src/results/line-bytes.js';
import { seededRandom } from '../support/seeded-random.js';

const parse = (text: string): number => {
  const bytes = Buffer.from(`,${text},`);
  return parseNumber(bytes, 1, bytes.length - 1);
};

describe('parseNumber', () => {
  it('equals JavaScript’s own parse on 200,000 random decimals of up to 17 digits', () => {
    const random = seededRandom(14);
    const mismatches: string[] = [];
    for (let n = 0; n < 200_000; n++) {
      const digits = 1 + Math.floor(random() * 17);
      let text = '';
      for (let d = 0; d < digits; d++) text += String(Math.floor(random() * 10));
      const point = Math.floor(random() * (digits + 1));
      if (point > 0 && point < digits) text = `${text.slice(0, point)}.${text.slice(point)}`;
      if (!Object.is(parse(text), Number(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads the values k6 writes, and the halfway cases that a digit-by-digit sum rounds wrongly', () => {
    for (const text of ['8.56552', '0.000001', '1', '0', '0.1', '0.3', '123456.789012', '9007199254740993', '0.1e1'])
      expect(parse(text)).toBe(Number(text));
    // 17 significant digits: beyond the fast path, still exact.
    expect(parse('0.30000000000000004')).toBe(0.30000000000000004);
  });

  it('refuses what is not a JSON number', () => {
    for (const text of ['', '5.', '.5', '1..2', '0x10', ' 1', '1e', 'abc', '1.2.3']) expect(parse(text)).toBeNaN();
    expect(parse('-2.5')).toBe(-2.5);
    expect(parse('1e400')).toBe(Infinity);
  });
});

describe('PreviousRequestLine', () => {
  it('matches only the same time and tag bytes it remembered, at any offset', () => {
    const line = Buffer.from('xx2026-11-24T15:09:15.691518047Z|{"name":"a"}');
    const previous = new PreviousRequestLine();
    previous.remember(line, 2, 32, 33, 45, { time: 42, tagId: 7, kept: null });
    const moved = Buffer.from(`yyyy${line.toString()}`);
    expect(previous.matches(moved, 6, 36, 37, 49)).toBe(true);
    expect([previous.time, previous.tagId]).toEqual([42, 7]);
    const otherTag = Buffer.from(moved.toString().replace('"a"', '"b"'));
    expect(previous.matches(otherTag, 6, 36, 37, 49)).toBe(false);
    const otherTime = Buffer.from(moved.toString().replace('.691', '.692'));
    expect(previous.matches(otherTime, 6, 36, 37, 49)).toBe(false);
  });

  it('compares with tag bytes kept elsewhere (a RawTagIds entry) without copying them', () => {
    const line = Buffer.from('2026-11-24T15:09:15.691518047Z|{"name":"a"}');
    const tags = new RawTagIds();
    const kept = tags.keep(line, 31, 43, 3);
    expect(kept?.toString()).toBe('{"name":"a"}');
    expect(tags.find(Buffer.from(`xx${line.toString()}`), 33, 45)?.id).toBe(3);
    expect(tags.find(Buffer.from(line.toString().replace('"a"', '"b"')), 31, 43)).toBeNull();
    const previous = new PreviousRequestLine();
    previous.remember(line, 0, 30, 31, 43, { time: 1, tagId: 3, kept });
    expect(previous.matches(line, 0, 30, 31, 43)).toBe(true);
    expect(previous.matches(Buffer.from(line.toString().replace('"a"', '"b"')), 0, 30, 31, 43)).toBe(false);
  });
});
