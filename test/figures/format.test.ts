import { describe, expect, it } from 'vitest';
import { formatChange } from '../../src/report/figures.js';
import {
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRelative,
  formatRps,
} from '../../src/figures/format.js';
import { check } from '../support/report-fixtures.js';

describe('numbers for people', () => {
  it('formats milliseconds with thousands separators and sensible decimals', () => {
    expect([14_050.2, 1_085.4, 103.2, 86, 13.798, 8.954, 0.129, 0].map(formatMs)).toEqual([
      '14,050 ms',
      '1,085 ms',
      '103 ms',
      '86 ms',
      '13.8 ms',
      '8.95 ms',
      '0.13 ms',
      '0 ms',
    ]);
  });

  it('formats rates as percentages', () => {
    expect([0, 1, 0.028, 0.2, 0.0004, 0.00981].map(formatPercent)).toEqual([
      '0%',
      '100%',
      '2.8%',
      '20%',
      '0.04%',
      '0.98%',
    ]);
  });

  it('formats throughput, counts and durations', () => {
    expect([
      formatRps(138.4),
      formatRps(78.25),
      formatCount(27_292),
      formatDuration(309_400),
      formatDuration(55_000),
      formatDuration(3_725_000),
    ]).toEqual(['138 req/s', '78.3 req/s', '27,292', '5m 09s', '55s', '1h 02m']);
  });

  it('signs relative changes', () => {
    expect([1.333, -0.062, 0.004, 0].map(formatRelative)).toEqual(['+133%', '-6.2%', '+0.4%', '0%']);
  });

  it('gives no sign to a change that rounds to zero (never "-0 ms (-0%)")', () => {
    expect([-0.0004, 0.0004].map(formatRelative)).toEqual(['0%', '0%']);
    expect(formatChange(check('p95', 'p95', 250.4, 500, 250.402, 'pass', ''))).toBe('0 ms (0%)');
  });

  it('states changes in the figure’s unit, error rates in percentage points', () => {
    expect(formatChange(check('p99', 'p99', 14_050, 5000, 6023, 'fail', ''))).toBe('+8,027 ms (+133%)');
    expect(formatChange(check('rps', 'rps', 68.4, 70, 78, 'warn', ''))).toBe('-9.6 req/s (-12%)');
    expect(formatChange(check('errors', 'error-rate', 0.028, 0.01, 0, 'warn', ''))).toBe('+2.8 pp');
    expect(formatChange(check('p95', 'p95', 50, 100, null, 'pass', ''))).toBe('—');
  });
});
