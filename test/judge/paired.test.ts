import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThresholdCheck } from '../../src/config/thresholds.js';
import { readDuetSamples, type DuetSamples } from '../../src/results/duet-samples.js';
import { FAMILY_ALPHA, judgePaired, pairedChecks } from '../../src/judge/paired.js';
import { pairedBlocks } from '../../src/judge/paired-blocks.js';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/duet', `${name}.ndjson.gz`);

function check(figure: ThresholdCheck['figure'], scope: ThresholdCheck['scope'] = { kind: 'overall' }): ThresholdCheck {
  return { figure, scope, severity: 'fail', limit: 1000, baseline: null, allowedRegression: null, description: null };
}
const CHECKS = [
  check('p95'),
  check('p95', { kind: 'endpoint', name: 'enqueue' }),
  check('p95', { kind: 'endpoint', name: 'position' }),
  check('error-rate'),
];

/** The recording with head's durations multiplied: a known slowdown on real noise. */
function slowed(samples: DuetSamples, factor: number): DuetSamples {
  return { ...samples, head: { ...samples.head, durations: samples.head.durations.map((d) => d * factor) } };
}

let equal: DuetSamples;
let hog: DuetSamples;
let slow20: DuetSamples;
beforeAll(async () => {
  const read = async (name: string) => (await readDuetSamples(fixture(name))) as DuetSamples;
  [equal, hog, slow20] = await Promise.all([read('equal-1'), read('hog-1'), read('slow20-1')]);
});

describe('readDuetSamples on real duet recordings', () => {
  it("splits the load's requests by target, each with its endpoint and stage", () => {
    expect([equal.head.times.length, equal.base.times.length]).toEqual([5324, 5276]);
    expect(new Set(equal.head.stages)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(new Set(equal.base.endpoints)).toEqual(new Set(['enqueue', 'position']));
    expect(equal.head.failed.every((f) => f === 0)).toBe(true);
  });

  it('is null for a recording of one target: that is no duet', async () => {
    const single = path.join(import.meta.dirname, '../fixtures/recordings/enqueue-errors/k6.ndjson.gz');
    expect(await readDuetSamples(single)).toBeNull();
  });
});

describe('pairedBlocks', () => {
  it('joins 1 s slices of one stage until both targets made 20 requests, both in the same ones', () => {
    const blocks = pairedBlocks(equal, 'p95', { kind: 'overall' });
    expect(blocks).toHaveLength(58);
    expect(blocks.every((b) => b.offsetMs % 1000 === 0 && b.headRequests >= 20 && b.baseRequests >= 20)).toBe(true);
    // The ramp-up's first blocks span several seconds; the busy stages' are one slice each.
    expect(blocks[0]!.headRequests + blocks[0]!.baseRequests).toBeLessThan(200);
    expect(new Set(blocks.map((b) => b.stage))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it("shifts every block by ln 1.2 when head's durations are 1.2 times as long", () => {
    const before = pairedBlocks(equal, 'p95', { kind: 'overall' });
    const after = pairedBlocks(slowed(equal, 1.2), 'p95', { kind: 'overall' });
    expect(after.map((b) => b.shift! - before[after.indexOf(b)]!.shift!)).toEqual(
      after.map(() => expect.closeTo(Math.log(1.2), 10)),
    );
  });

  it('reads a block of the error rate as head minus base', () => {
    const blocks = pairedBlocks(equal, 'error-rate', { kind: 'overall' });
    expect(blocks.every((b) => b.shift === b.head - b.base)).toBe(true);
  });
});

describe('judgePaired on real duet recordings', () => {
  it('compares each p95 and error-rate check once, at 5% split over the checks', () => {
    const judged = judgePaired(equal, [...CHECKS, check('error-rate'), check('rps')], { minChange: 0.05 });
    expect(judged.checks.map((c) => c.name)).toEqual(['p95', 'p95 (enqueue)', 'p95 (position)', 'error rate']);
    expect(judged.alphaEach).toBe(FAMILY_ALPHA / 4);
  });

  it.each(['equal', 'hog'])('fails nothing when head and base run the same service (%s)', (name) => {
    const judged = judgePaired(name === 'equal' ? equal : hog, CHECKS, { minChange: 0.05 });
    expect(judged.checks.map((c) => c.status)).not.toContain('fail');
  });

  it('fails p95 when head is made 50% slower on the same real noise, and says why', () => {
    const judged = judgePaired(slowed(equal, 1.5), CHECKS, { minChange: 0.05 });
    const p95 = judged.checks[0]!;
    expect(p95.status).toBe('fail');
    expect(p95.interval!.low).toBeGreaterThan(0.05);
    expect(p95.confidence).toMatch(
      /^head is slower than base: the whole interval \(\+\d+% to \+\d+%; 98\.8% one-sided bounds over 58 paired blocks\) is past the min-change of \+5%$/,
    );
    expect(judged.status).toBe('fail');
  });

  it('mirrors: swapping the targets turns a change c into 1/(1+c) - 1', () => {
    const ahead = judgePaired(slow20, CHECKS, { minChange: 0.05 }).checks[0]!;
    const swapped = judgePaired({ head: slow20.base, base: slow20.head }, CHECKS, { minChange: 0.05 }).checks[0]!;
    expect(swapped.change!).toBeCloseTo(1 / (1 + ahead.change!) - 1, 10);
    expect(swapped.blocks).toBe(ahead.blocks);
  });

  it('passes an error rate that is zero on both, with the interval [0, 0]', () => {
    const errors = judgePaired(equal, CHECKS, { minChange: 0.05 }).checks[3]!;
    expect([errors.status, errors.interval, errors.margin]).toEqual(['pass', { low: 0, high: 0 }, 0.01]);
  });

  it('warns, never fails, when too few blocks hold both targets', () => {
    const judged = judgePaired(slowed(equal, 2), [check('p99')], { minChange: 0.05, blockMs: 60_000 });
    expect(judged.checks[0]!.status).toBe('warn');
    expect(judged.checks[0]!.confidence).toMatch(/^only \d blocks where both targets made enough requests/);
  });
});

describe('pairedChecks', () => {
  it('keeps one check per figure and scope, the fail one over a warn, and only figures a duet compares', () => {
    const warn = { ...check('error-rate'), severity: 'warn' as const };
    expect(
      pairedChecks([warn, check('error-rate'), check('avg'), check('p99')]).map((c) => [c.figure, c.severity]),
    ).toEqual([
      ['error-rate', 'fail'],
      ['p99', 'fail'],
    ]);
  });
});
