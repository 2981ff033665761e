/** Issue 23 case 13: a start-at on a day that does not exist is refused, not read as the next month's. */
import { describe, expect, it } from 'vitest';
import { parseStartAt } from '../../src/config/start-at.js';

const now = Date.parse('2026-02-28T23:55:00Z');

describe('start-at on the calendar', () => {
  it.each(['2026-02-30T00:00:00Z', '2026-02-29T00:00:00Z', '2026-04-31T00:00:00+02:00'])('refuses %s', (text) => {
    expect(() => parseStartAt(text, now)).toThrow(`Input 'start-at': '${text}' is not a time`);
  });

  it('reads the last day of February and a leap day', () => {
    expect(parseStartAt('2026-02-28T23:57:00Z', now)).toBe(now + 120_000);
    expect(parseStartAt('2028-02-29T00:00:00Z', Date.parse('2028-02-28T23:59:00Z'))).toBe(
      Date.parse('2028-02-29T00:00:00Z'),
    );
  });
});
