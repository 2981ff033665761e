import { describe, expect, it } from 'vitest';
import { parseStartAt, waitForStart } from '../../src/config/start-at.js';

const now = Date.parse('2026-05-01T12:00:00Z');

describe('start-at', () => {
  it('reads ISO times with a zone and epoch seconds', () => {
    expect(parseStartAt('2026-05-01T12:02:00Z', now)).toBe(now + 120_000);
    expect(parseStartAt('2026-05-01T14:02:00+02:00', now)).toBe(now + 120_000);
    expect(parseStartAt(String(now / 1000 + 120), now)).toBe(now + 120_000);
    expect(parseStartAt('', now)).toBeNull();
  });

  it('refuses a start more than 15 minutes ahead, with a message', () => {
    expect(() => parseStartAt('2026-05-01T12:16:00Z', now)).toThrow(
      "Input 'start-at': 2026-05-01T12:16:00.000Z is 16 minutes ahead, more than the 15 allowed. Compute it in the plan job as now + 2 minutes",
    );
  });

  it.each(['tomorrow', '2026-05-01 12:00', '2026-05-01T12:00:00', '12', '2026-13-45T99:00:00Z'])(
    'refuses the malformed %j',
    (text) => {
      expect(() => parseStartAt(text, now)).toThrow(`Input 'start-at': '${text}' is not a time`);
    },
  );

  it('accepts a moment already past and starts at once, saying so', async () => {
    const start = parseStartAt('2026-05-01T11:59:30Z', now) as number;
    const slept: number[] = [];
    const said: string[] = [];
    await waitForStart(start, { now: () => now, sleep: async (ms) => void slept.push(ms) }, (l) => said.push(l));
    expect(slept).toEqual([]);
    expect(said).toEqual(['start-at 2026-05-01T11:59:30.000Z was 30.0 s ago: starting k6 now']);
  });

  it('waits until the moment', async () => {
    const slept: number[] = [];
    await waitForStart(now + 90_000, { now: () => now, sleep: async (ms) => void slept.push(ms) }, () => {});
    expect(slept).toEqual([90_000]);
  });
});
