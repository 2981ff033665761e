import { describe, expect, it } from 'vitest';
import { readCompact, stageSpans, type Recording } from '../../scripts/power-curve/recording.js';
import { scaled, SPELL } from '../../scripts/power-curve/curve.js';
import { blockProfile, referenceProfile, robustShift, type RobustShift } from '../../src/judge/disturbance.js';
import { historyBar, judgeShift } from '../../src/judge/robust-verdict.js';
import { disturbanceNote } from '../../src/report/disturbance-note.js';

const RECORDINGS = 'test/fixtures/recordings/compact';
const load = (name: string) => readCompact(`${RECORDINGS}/${name}.json.gz`);
const profileOf = (r: Recording) => blockProfile(r.durations, r.times, stageSpans(r.scenario, r.profile));

/** The reference of q-healthy-1…6 but `left`, and the judged run's profile. */
async function against(run: Recording, left: string) {
  const names = [1, 2, 3, 4, 5, 6].map((i) => `q-healthy-${i}`).filter((n) => n !== left);
  const base = await Promise.all(names.map(load));
  return { reference: referenceProfile(base.map(profileOf)), profile: profileOf(run) };
}

describe('a disturbed run is not a slow run (real quick enqueue recordings)', () => {
  it('a run slower throughout shifts by exactly its factor, with the same blocks left out', async () => {
    const run = await load('q-healthy-2');
    const { reference } = await against(run, 'q-healthy-2');
    const plain = robustShift(profileOf(run), reference)!;
    const slow = robustShift(profileOf(scaled(run, 1.5)), reference)!;
    expect(slow.shift - plain.shift).toBeCloseTo(Math.log(1.5), 9);
    expect(slow.disturbed).toEqual(plain.disturbed);
  });

  it('a spell three times slower is left out, and only blocks inside the spell are', async () => {
    const run = await load('q-healthy-2');
    const { reference, profile } = await against(run, 'q-healthy-2');
    const quiet = robustShift(profile, reference)!;
    expect(quiet.disturbed).toEqual([]);
    const spelled = robustShift(profileOf(scaled(run, 1, SPELL)), reference)!;
    expect(spelled.disturbed.length).toBeGreaterThan(0);
    for (const b of spelled.disturbed) {
      expect(profile.endMs[b]).toBeGreaterThan(SPELL.fromMs);
      expect(profile.startMs[b]).toBeLessThan(SPELL.toMs);
    }
    expect(Math.abs(spelled.shift - quiet.shift)).toBeLessThan(Math.log(1.15));
  });

  it('says which blocks were disturbed, in one line', async () => {
    const run = scaled(await load('q-healthy-2'), 1, SPELL);
    const { reference, profile } = await against(run, 'q-healthy-2');
    const shift = robustShift(profileOf(run), reference)!;
    expect(disturbanceNote(profile, shift)).toBe(
      '⚠️ Disturbed: 24–42 s (3 of 10 blocks, 32.9% of requests) ran over 1.8× slower than the rest of the run, against the same seconds of the base runs; latency judged on the other blocks.',
    );
  });

  it('says when too much of the run was disturbed to clear it', async () => {
    const run = scaled(await load('q-healthy-1'), 1, SPELL);
    const { reference, profile } = await against(run, 'q-healthy-1');
    const shift = robustShift(profileOf(run), reference)!;
    expect(disturbanceNote(profile, shift)).toBe(
      '⚠️ Disturbed: 18–48 s (5 of 10 blocks, 57.2% of requests) ran over 1.8× slower than the rest of the run, against the same seconds of the base runs: too much of the run to clear it, so at best inconclusive.',
    );
    expect(judgeShift(shift, Math.log(1.25), 0.3).outcome).toBe('inconclusive');
  });

  it('flags the stretch a real starved runner slowed (busy-1: busy loops above k6 from ~30 s)', async () => {
    const run = await load('busy-1');
    const { reference, profile } = await against(run, '');
    const shift = robustShift(profileOf(run), reference)!;
    const starts = shift.disturbed.map((b) => Math.round((profile.startMs[b] as number) / 1000));
    expect(starts).toEqual(expect.arrayContaining([24, 30, 36]));
    expect(judgeShift(shift, Math.log(1.25), 0.3).outcome).not.toBe('fail');
  });
});

describe('the judged run never widens its own bar', () => {
  const run = (over: Partial<RobustShift>): RobustShift => ({
    shift: 0,
    halfWidth: 0.1,
    disturbed: [],
    disturbedShare: 0,
    kept: 10,
    ...over,
  });

  it('passes a run on the centre with the base runs’ usual width, fails one clearly past the bar', () => {
    expect(judgeShift(run({}), Math.log(1.25), 0.1).outcome).toBe('pass');
    expect(judgeShift(run({ shift: Math.log(1.5) }), Math.log(1.25), 0.1).outcome).toBe('fail');
  });

  it('gives no pass to a run whose interval is 10× wider than the history’s', () => {
    const verdict = judgeShift(run({ shift: Math.log(1.1), halfWidth: 1 }), Math.log(1.25), 0.1);
    expect(verdict.outcome).toBe('inconclusive');
    expect(verdict.excess).toBeCloseTo(0.9, 9);
  });

  it('does not pass a run whose disturbed blocks hold too much of it, yet fails one slower in the rest', () => {
    expect(judgeShift(run({ disturbedShare: 0.5 }), Math.log(1.25), 0.1).outcome).toBe('inconclusive');
    expect(judgeShift(run({ disturbedShare: 0.5, shift: Math.log(1.5) }), Math.log(1.25), 0.1).outcome).toBe('fail');
  });

  it('makes the history band from the base runs’ spread, never below min-change', () => {
    expect(historyBar([0, 0, 0, 0], 0.1)).toBeCloseTo(Math.log(1.1), 9);
    expect(historyBar([0], 0.1)).toBe(Infinity);
    const spread = historyBar([-0.2, -0.1, 0, 0.1, 0.2], 0.1);
    expect(spread).toBeGreaterThan(Math.log(1.1));
    expect(spread).toBeLessThan(1);
  });
});
