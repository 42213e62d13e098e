import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, nestedValue } from './trainReport.ts';

describe('nestedValue', () => {
  it('rebuilds a variable of any rank from its flat values, as shortest float32 decimals', () => {
    expect(nestedValue({ shape: [], values: Float32Array.of(0.1) })).toBe(0.1);
    expect(nestedValue({ shape: [3], values: Float32Array.of(1, 2.5, -3) })).toEqual([1, 2.5, -3]);
    expect(nestedValue({ shape: [2, 3], values: Float32Array.of(1, 2, 3, 4, 5, 6) })).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(nestedValue({ shape: [2, 1, 2], values: Float32Array.of(1, 2, 3, 4) })).toEqual([[[1, 2]], [[3, 4]]]);
  });
});

describe('formatNumber', () => {
  it('keeps five significant digits, in exponent form when very small or large', () => {
    expect(formatNumber(0.6931471805599453)).toBe('0.69315');
    expect(formatNumber(52.76709)).toBe('52.767');
    expect(formatNumber(0.000008688166)).toBe('8.6882e-6');
    expect(formatNumber(2.5e-7)).toBe('2.5e-7');
    expect(formatNumber(123456789)).toBe('1.2346e8');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('formatDuration', () => {
  it('reads as seconds, minutes or hours', () => {
    expect(formatDuration(0.4)).toBe('0s');
    expect(formatDuration(59.4)).toBe('59s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3720)).toBe('1h 02m');
  });
});
