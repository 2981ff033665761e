/**
 * Issue 23 case 13: 3,000 one-request files took 822 MB, about 270 KB a file whatever its size:
 * every record opened a block of 8,192 rows. The blocks now grow with the rows they hold.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_ROWS, RequestRows } from '../../src/results/run-record.js';

const capacity = (rows: RequestRows) => rows.blocks.reduce((sum, block) => sum + block.capacity, 0);

function rowsOf(n: number): RequestRows {
  const rows = new RequestRows();
  for (let i = 0; i < n; i++) rows.addRow(1000 + i, i % 3, 1, 10 + i, i % 2);
  return rows;
}

describe('request rows hold memory in proportion to their rows', () => {
  it('a one-request record holds a few rows, not a block of 8,192', () => {
    expect(capacity(rowsOf(1))).toBeLessThanOrEqual(16);
  });

  it('any record holds at most four times its rows, and never a block more than it needs', () => {
    for (const n of [1, 17, 100, 5000, 40_000]) {
      const rows = rowsOf(n);
      expect(rows.length).toBe(n);
      expect(capacity(rows)).toBeLessThanOrEqual(Math.max(16, Math.min(4 * n, n + BLOCK_ROWS)));
    }
  });

  it('keeping rows compacts them in order across blocks of different sizes', () => {
    const rows = rowsOf(1000);
    const { removed } = rows.keep(
      (t) => t % 7 !== 0,
      () => true,
    );
    const kept: number[] = [];
    for (const block of rows.blocks) for (let i = 0; i < block.length; i++) kept.push(block.time[i] as number);
    const expected = Array.from({ length: 1000 }, (_, i) => 1000 + i).filter((t) => t % 7 !== 0);
    expect(kept).toEqual(expected);
    expect(removed).toBe(1000 - expected.length);
    expect(rows.length).toBe(expected.length);
  });
});
