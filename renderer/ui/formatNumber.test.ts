import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatShort, formatValue } from './formatNumber.ts';

describe('formatValue', () => {
  it('prints four significant digits, exponents at the extremes, and names non-finite values', () => {
    expect([0.69314718, 1, 0, 123456, 0.00012345, -2.5, NaN, -Infinity].map(formatValue)).toEqual(['0.6931', '1', '0', '1.23e5', '1.23e-4', '-2.5', 'NaN', '-Infinity']);
  });
});

describe('formatCount and formatDuration', () => {
  it('groups thousands and reads durations', () => {
    expect(formatCount(10001)).toBe('10,001');
    expect([4.4, 185, 3725, -1].map(formatDuration)).toEqual(['4 s', '3 min 5 s', '1 h 2 min', '–']);
  });
});

describe('formatShort', () => {
  it('fits a heatmap cell', () => {
    expect([7.95e-4, -0.00102, 6.361, -6.529, 12345, 0.5].map(formatShort)).toEqual(['8.0e-4', '-1.0e-3', '6.36', '-6.53', '1.2e4', '0.5']);
  });
});
