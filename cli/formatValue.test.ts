import { describe, expect, it } from 'vitest';
import { formatValue, hasNonFinite, plainValue, shortestFloat32 } from './formatValue.ts';

describe('plainValue', () => {
  it('turns bool data into true/false', () => {
    expect(plainValue([[1, 0], [0, 1]], 'bool')).toEqual([[true, false], [false, true]]);
  });

  it('prints float32 values without their double-precision noise', () => {
    expect(Math.fround(0.1)).not.toBe(0.1);
    expect(plainValue([Math.fround(0.1), Math.fround(7.5), Math.fround(1 / 3)], 'float32')).toEqual([0.1, 7.5, 0.33333334]);
  });

  it('keeps int32 values as they are', () => {
    expect(plainValue([16777217, -3], 'int32')).toEqual([16777217, -3]);
  });
});

describe('shortestFloat32', () => {
  it('always reads back as the same float32', () => {
    for (let i = 0; i < 2000; i++) {
      const x = Math.fround((Math.random() - 0.5) * 10 ** (Math.floor(Math.random() * 20) - 10));
      expect(Math.fround(shortestFloat32(x))).toBe(x);
    }
  });

  it('leaves NaN and infinities alone', () => {
    expect(shortestFloat32(NaN)).toBeNaN();
    expect(shortestFloat32(-Infinity)).toBe(-Infinity);
  });
});

describe('hasNonFinite', () => {
  it('finds NaN deep in a tensor and ignores bools', () => {
    expect(hasNonFinite([[1, 2], [3, NaN]])).toBe(true);
    expect(hasNonFinite([true, false, 3])).toBe(false);
  });
});

describe('formatValue', () => {
  it('prints scalars and vectors on one line', () => {
    expect(formatValue(7)).toBe('7');
    expect(formatValue(true)).toBe('true');
    expect(formatValue([3, 7])).toBe('[3, 7]');
    expect(formatValue([])).toBe('[]');
  });

  it('prints a matrix one row per line, aligned under the label', () => {
    expect(formatValue([[1, 20], [300, 4]], 4)).toBe('[[  1,  20],\n     [300,   4]]');
  });

  it('separates the blocks of a rank-3 tensor with a blank line', () => {
    expect(formatValue([[[1, 2]], [[3, 4]]])).toBe('[[[1, 2]],\n\n [[3, 4]]]');
  });

  it('summarises large tensors with the first and last entries of each axis', () => {
    const big = Array.from({ length: 2000 }, (_, i) => i);
    expect(formatValue(big)).toBe('[0, 1, 2, ..., 1997, 1998, 1999]');
    const small = Array.from({ length: 10 }, (_, i) => i);
    expect(formatValue(small)).toBe('[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]');
  });
});
