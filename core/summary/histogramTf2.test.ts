import { describe, expect, it } from 'vitest';
import { tf2Histogram } from './histogramTf2.ts';

describe('tf2Histogram', () => {
  it('splits [min, max] into equal buckets, the max joining the last', () => {
    // min 0, max 4, k = 4: width 1; index floor(x) clamped to 3, so 4 lands in [3, 4].
    expect(tf2Histogram([0, 1, 1.5, 3.9, 4], 4)).toEqual([
      { left: 0, right: 1, count: 1 },
      { left: 1, right: 2, count: 2 },
      { left: 2, right: 3, count: 0 },
      { left: 3, right: 4, count: 2 },
    ]);
  });

  it('uses 30 buckets by default and sets the last edge to max exactly', () => {
    // min 0.1, max 2: delta = 1.9 / 30, and 0.1 + delta * 30 = 1.9999999999999998, so the edge is forced to 2.
    const b = tf2Histogram([0.1, 1, 2]);
    expect(b.length).toBe(30);
    expect(0.1 + (1.9 / 30) * 30).not.toBe(2);
    expect(b[29].right).toBe(2);
    expect(b[29].left).toBe(0.1 + (1.9 / 30) * 29);
    // (1 - 0.1) / (1.9 / 30) = 14.2 -> bucket 14; 2 -> 30, clamped to 29.
    expect(b.map((x) => x.count)).toEqual(Array.from({ length: 30 }, (_, i) => (i === 0 || i === 14 || i === 29 ? 1 : 0)));
  });

  it('uses min + delta * i, not a running sum, for inner edges', () => {
    // min -1, max 2, k = 3: delta 1 -> edges -1, 0, 1, 2.
    expect(tf2Histogram(new Float32Array([-1, 2]), 3).map((x) => [x.left, x.right])).toEqual([[-1, 0], [0, 1], [1, 2]]);
  });

  it('puts a single repeated value in the last of k zero-width buckets', () => {
    const b = tf2Histogram([7, 7, 7], 3);
    expect(b).toEqual([
      { left: 7, right: 7, count: 0 },
      { left: 7, right: 7, count: 0 },
      { left: 7, right: 7, count: 3 },
    ]);
  });

  it('gives k zero buckets for no data and none for k <= 0', () => {
    expect(tf2Histogram([], 2)).toEqual([{ left: 0, right: 0, count: 0 }, { left: 0, right: 0, count: 0 }]);
    expect(tf2Histogram([1, 2], 0)).toEqual([]);
    expect(tf2Histogram([1, 2], -4)).toEqual([]);
  });

  it('refuses NaN and infinities', () => {
    expect(() => tf2Histogram([1, NaN])).toThrow(/non-finite value NaN at index 1/);
    expect(() => tf2Histogram([Infinity])).toThrow(/non-finite/);
  });
});
