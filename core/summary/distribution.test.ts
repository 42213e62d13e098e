import { describe, expect, it } from 'vitest';
import { compressHistogram, NORMAL_HISTOGRAM_BPS } from './distribution.ts';
import { tf2Histogram } from './histogramTf2.ts';

const b = (left: number, right: number, count: number) => ({ left, right, count });
const values = (buckets: ReturnType<typeof b>[], bps?: number[]) => compressHistogram(buckets, bps).map((c) => c.value);

describe('compressHistogram', () => {
  it('interpolates each basis point inside the bucket that crosses it', () => {
    // Weights (cumulative, per 10,000): [5000, 10000].
    // bp < 5000 lies in [0, 1]: bp/5000. bp >= 5000 lies in [1, 2]: 1 + (bp - 5000)/5000. 10000 is past the end: max.
    const out = values([b(0, 1, 1), b(1, 2, 1)]);
    const expected = [0, 0.1336, 0.3174, 0.617, 1, 1.383, 1.6826, 1.8664, 2];
    out.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    expect(compressHistogram([b(0, 1, 1)]).map((c) => c.basisPoint)).toEqual(NORMAL_HISTOGRAM_BPS);
  });

  it('skips empty buckets and starts the next one at the previous right edge', () => {
    // Weights [5000, 5000, 10000]: bp 5000 lands in [2, 4] with lhs = max(right of [1, 2], min) = 2.
    const out = values([b(0, 1, 2), b(1, 2, 0), b(2, 4, 2)]);
    expect(out[3]).toBeCloseTo(0.617, 12); // 3085/5000
    expect(out[4]).toBe(2);
    expect(out[5]).toBeCloseTo(2.766, 12); // 2 + 1915 * 2 / 5000
  });

  it('interpolates from the overall min when nothing came before, even across an empty first bucket', () => {
    // Weights [0, 10000]: prev = 0, so lhs is the min 0, not the edge 1: bp 5000 -> 0 + 5000 * 3 / 10000.
    const out = values([b(0, 1, 0), b(1, 3, 4)]);
    expect([out[0], out[4]]).toEqual([0, 1.5]);
  });

  it('scales the weights to the last basis point given', () => {
    // bps [0, 25, 50, 100]: weights [50, 100]; 25 -> 25/50 in [0, 1]; 50 is not below the first weight,
    // so it lies in [1, 2] at its left end; 100 is past the end -> the max 2.
    expect(values([b(0, 1, 1), b(1, 2, 1)], [0, 25, 50, 100])).toEqual([0, 0.5, 1, 2]);
  });

  it('gives the single value of a TF2 one-value histogram everywhere', () => {
    expect(values(tf2Histogram([7, 7, 7]))).toEqual(Array(9).fill(7));
  });

  it('gives zeros for no buckets and the max edge when every count is zero', () => {
    expect(values([])).toEqual(Array(9).fill(0));
    // Total 0 is treated as 1, every weight is 0, no bucket crosses a point: all take the last right edge.
    expect(values([b(-1, 3, 0)])).toEqual(Array(9).fill(3));
  });
});
