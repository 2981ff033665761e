import { describe, expect, it } from 'vitest';
import { segmentArguments } from '../../src/k6/segments.js';
import { k6Arguments } from '../../src/k6/run.js';
import { parseSegment, segmentShare } from '../../scenarios/lib/segments.js';
import { stagePlanFor } from '../../scenarios/lib/options.js';

/**
 * k6's striping (lib/execution_segment.go, NewExecutionSegmentSequenceWrapper + ScaleInt64),
 * written out for any sequence of segment lengths given as numerators over one denominator:
 * the oracle the closed form in segments.js is checked against.
 */
function k6Scale(numerators: number[], lcd: number, index: number, value: number): number {
  const order = numerators.map((n, i) => ({ n, i })).sort((a, b) => b.n - a.n);
  const chosen = new Array<number>(numerators.length).fill(0);
  const owner: number[] = [];
  for (let e = 0; e < lcd; e++) {
    for (let s = 0; s < order.length; s++) {
      const num = (chosen[s] as number) * lcd;
      const den = (order[s] as { n: number }).n;
      if (e > Math.floor(num / den) || (e === Math.floor(num / den) && num % den === 0)) {
        chosen[s] = (chosen[s] as number) + 1;
        owner.push((order[s] as { i: number }).i);
        break;
      }
    }
  }
  const perCycle = owner.filter((o) => o === index).length;
  const rest = owner.slice(0, value % lcd).filter((o) => o === index).length;
  return Math.floor(value / lcd) * perCycle + rest;
}

describe('execution segments for n = 1..8', () => {
  for (let n = 1; n <= 8; n++) {
    it(`n = ${n}: each instance's arguments, one shared sequence, and VUs per stage adding up`, () => {
      const sequence = ['0', ...Array.from({ length: n - 1 }, (_, k) => `${k + 1}/${n}`), '1'].join(',');
      const plans = [stagePlanFor('enqueue', 'full'), stagePlanFor('spike', 'full')];
      const shares = Array.from({ length: n }, (_, k) => {
        const segment = { index: k + 1, count: n };
        expect(segmentArguments(segment)).toEqual([
          `--execution-segment=${k}/${n}:${k + 1}/${n}`,
          `--execution-segment-sequence=${sequence}`,
        ]);
        // Each instance runs every stage's target scaled to its share.
        return plans.map((plan) => ({
          ...plan,
          stages: plan.stages.map((stage) => ({ ...stage, target: segmentShare(stage.target, segment) })),
        }));
      });
      plans.forEach((plan, p) => {
        plan.stages.forEach((stage, s) => {
          const targets = shares.map((share) => (share[p] as typeof plan).stages[s]?.target as number);
          expect(targets.reduce((a, b) => a + b, 0)).toBe(stage.target);
          expect(Math.max(...targets) - Math.min(...targets)).toBeLessThanOrEqual(1);
        });
      });
      for (let value = 0; value <= 3 * n + 1; value++) {
        for (let k = 0; k < n; k++) {
          expect(segmentShare(value, { index: k + 1, count: n })).toBe(k6Scale(new Array(n).fill(1), n, k, value));
        }
      }
    });
  }

  it('k6 gets the pair before the script', () => {
    expect(
      k6Arguments({
        scriptPath: 's.js',
        resultsPath: 'r.ndjson',
        extraArgs: segmentArguments({ index: 2, count: 4 }),
      }).slice(-3),
    ).toEqual(['--execution-segment=1/4:2/4', '--execution-segment-sequence=0,1/4,2/4,3/4,1', 's.js']);
  });

  it.each(['0/4', '5/4', '2', '1/0', 'a/b', '1/65', ''])('refuses the segment %j', (text) => {
    expect(parseSegment(text)).toBeNull();
  });
});
