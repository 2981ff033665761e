import { describe, expect, it } from 'vitest';
import { scaled, SPELL } from '../../scripts/power-curve/curve.js';
import { judgeBlocks } from '../../src/history/block-judgement.js';
import { blocksOf, entryOf, healthy, load, p95Row } from './recording-entries.js';

describe("history's p95 row judged per 5 s block (real quick enqueue recordings, base q-healthy-1…5)", () => {
  it('fails the service made 1.5× slower (q-slow15-1), the blocks deciding and giving the p-value', async () => {
    const base = (await healthy()).map((r, i) => entryOf(r, `b${i}`));
    const { c, row } = await p95Row(await load('q-slow15-1'), base);
    expect(c.blocks?.runs).toBe(5);
    expect(c.blocks?.verdict.why).toBe('past the bar');
    expect(c.comparison.status).toBe('regression');
    expect(row.status).toBe('fail');
    expect(row.p).toBe(c.blocks?.p);
    expect(row.confidence).toMatch(
      /^p95 judged per 5 s block against the same seconds of 5 runs of main: \+19\.\d% on the \d+ undisturbed blocks, past the bar of \+19\.\d%/,
    );
  });

  it('passes a run of a runner saturated mid-run (q-busy-1), its disturbed blocks left out', async () => {
    const base = (await healthy()).map((r, i) => entryOf(r, `b${i}`));
    const { c, row } = await p95Row(await load('q-busy-1'), base);
    expect(c.blocks?.shift.disturbed.length).toBeGreaterThan(0);
    expect(c.blocks?.verdict.outcome).toBe('pass');
    expect(row.status).toBe('pass');
  });

  it('never passes a run with more than a third of its requests disturbed, and still fails it once slowed', async () => {
    const runs = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => load(`q-healthy-${i}`)));
    // q-healthy-1 with a 25 s spell ×3: 57% of its requests in disturbed blocks.
    const base1 = runs.filter((_, j) => j !== 0).map((r, i) => entryOf(r, `b${i}`));
    const spelled = await p95Row(scaled(runs[0]!, 1, SPELL), base1);
    expect(spelled.c.blocks?.shift.disturbedShare).toBeGreaterThan(1 / 3);
    expect(spelled.c.blocks?.verdict.why).toBe('too much of the run disturbed');
    expect(spelled.row.status).toBe('warn');
    // q-healthy-6 slowed ×1.5 with the spell on top: slower and erratic, it fails.
    const base6 = runs.slice(0, 5).map((r, i) => entryOf(r, `b${i}`));
    const slowed = await p95Row(scaled(runs[5]!, 1.5, SPELL), base6);
    expect(slowed.c.blocks?.verdict.outcome).toBe('fail');
    expect(slowed.row.status).toBe('fail');
  });

  it("keeps 21a's whole-run band when fewer than 3 base runs kept blocks (older entries)", async () => {
    const runs = await healthy();
    const base = runs.map((r, i) => entryOf(r, `b${i}`, i < 2));
    const { c } = await p95Row(await load('q-slow15-1'), base);
    expect(c.blocks).toBeUndefined();
    expect(c.comparison.p).not.toBeNull();
    const withBlocks = await p95Row(
      await load('q-slow15-1'),
      runs.map((r, i) => entryOf(r, `b${i}`)),
    );
    expect(withBlocks.c.comparison.centre).toBe(c.comparison.centre);
  });

  it('leaves out base runs of another plan, and gives no judgement under 3 of the same', async () => {
    const runs = await healthy();
    const current = blocksOf(runs[0]!);
    const other = {
      ...blocksOf(runs[1]!),
      logP95: [1, 2],
      requests: [40, 40],
      startMs: [0, 1],
      endMs: [1, 2],
      stage: [0, 0],
    };
    expect(judgeBlocks(current, [blocksOf(runs[1]!), blocksOf(runs[2]!), other], 0.1)).toBeNull();
    expect(judgeBlocks(current, [blocksOf(runs[1]!), blocksOf(runs[2]!), blocksOf(runs[3]!), other], 0.1)?.runs).toBe(
      3,
    );
  });
});
