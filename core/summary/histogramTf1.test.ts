import { describe, expect, it } from 'vitest';
import { TF1_BUCKET_LIMITS as L, tf1Buckets, tf1Histogram } from './histogramTf1.ts';

const MAX = Number.MAX_VALUE;

describe('TF1_BUCKET_LIMITS', () => {
  it('holds 1551 limits: 774 powers of 1.1 from 1e-12 each side of 0, and ±DBL_MAX', () => {
    // 1e-12 * 1.1^k < 1e20 for k <= 773 (log(1e32)/log(1.1) = 773.1): 774 * 2 + 0 + 2 * DBL_MAX = 1551.
    expect(L.length).toBe(1551);
    expect([L[0], L[775], L[776], L[1550]]).toEqual([-MAX, 0, 1e-12, MAX]);
    expect(L[777]).toBe(1e-12 * 1.1);
    expect(L[1549]).toBeCloseTo(9.920775621859783e19, -5);
    for (let k = 1; k <= 775; k++) expect(L[775 - k]).toBe(-L[775 + k]);
    for (let i = 1; i < L.length; i++) expect(L[i]).toBeGreaterThan(L[i - 1]);
  });
});

describe('tf1Histogram', () => {
  it('puts 0 in the bucket ending at 1e-12 and collapses the empty runs around it', () => {
    // Empty run over limits -DBL_MAX..0 -> one (0, count 0); then (1e-12, 1); then the run up to DBL_MAX.
    const h = tf1Histogram('t', [0]);
    expect(h.bucketLimit).toEqual([0, 1e-12, MAX]);
    expect(h.bucket).toEqual([0, 1, 0]);
    expect([h.min, h.max, h.num, h.sum, h.sumSquares]).toEqual([0, 0, 1, 0, 0]);
  });

  it('buckets by upper bound and tracks the moments', () => {
    const h = tf1Histogram('t', new Float32Array([0.5, 1.5, -2]));
    // -2 < L[477] = -1.966..; 0.5 < L[1059] = 0.5177..; 1.5 < L[1071] = 1.6249..
    expect(h.bucketLimit).toEqual([L[476], L[477], L[1058], L[1059], L[1070], L[1071], MAX]);
    expect(h.bucket).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(L[476]).toBeLessThanOrEqual(-2);
    expect(L[1058]).toBeLessThanOrEqual(0.5);
    // 0.25 + 2.25 + 4 = 6.5
    expect([h.min, h.max, h.num, h.sum, h.sumSquares]).toEqual([-2, 1.5, 3, 0, 6.5]);
  });

  it('counts repeats in one bucket; 1 sits below 1e-12 * 1.1^290', () => {
    const h = tf1Histogram('t', [1, 1, 1]);
    expect(h.bucketLimit).toEqual([L[1065], L[1066], MAX]);
    expect(L[1066]).toBeCloseTo(1.0089710279437536, 15);
    expect(h.bucket).toEqual([0, 3, 0]);
  });

  it('writes an empty histogram as one empty bucket with min DBL_MAX and max -DBL_MAX', () => {
    expect(tf1Histogram('t', [])).toEqual({ min: MAX, max: -MAX, num: 0, sum: 0, sumSquares: 0, bucketLimit: [MAX], bucket: [0] });
  });

  it('keeps DBL_MAX in the last bucket', () => {
    const h = tf1Histogram('t', [MAX]);
    expect(h.bucketLimit).toEqual([L[1549], MAX]);
    expect(h.bucket).toEqual([0, 1]);
  });

  it('rejects NaN and Inf with TensorFlow\'s messages, whichever comes first', () => {
    expect(() => tf1Histogram('layer1/w', [1, NaN])).toThrow('Nan in summary histogram for: layer1/w');
    expect(() => tf1Histogram('layer1/w', [-Infinity, NaN])).toThrow('Infinity in summary histogram for: layer1/w');
  });
});

describe('tf1Buckets (data_compat.py)', () => {
  it('drops empty end buckets and uses min and max as the outer edges', () => {
    const h = tf1Histogram('t', [0.5, 1.5, -2]);
    // Entries 1..5 are kept: [-2, L477) 1, [L477, L1058) 0, [L1058, L1059) 1, [L1059, L1070) 0, [L1070, 1.5] 1.
    expect(tf1Buckets(h)).toEqual([
      { left: -2, right: Math.fround(L[477]), count: 1 },
      { left: Math.fround(L[477]), right: Math.fround(L[1058]), count: 0 },
      { left: Math.fround(L[1058]), right: Math.fround(L[1059]), count: 1 },
      { left: Math.fround(L[1059]), right: Math.fround(L[1070]), count: 0 },
      { left: Math.fround(L[1070]), right: 1.5, count: 1 },
    ]);
  });

  it('rounds to float32 as TensorBoard stores it', () => {
    // float32(0.1) = 0.100000001490116..., float32(0.2) = 0.200000002980232..., float32(0.3) = 0.300000011920928...
    const h = { min: 0.1, max: 0.3, num: 2, sum: 0.4, sumSquares: 0.05, bucketLimit: [0.2, 0.25], bucket: [1, 1] };
    expect(tf1Buckets(h)).toEqual([
      { left: 0.10000000149011612, right: 0.20000000298023224, count: 1 },
      { left: 0.20000000298023224, right: 0.30000001192092896, count: 1 },
    ]);
  });

  it('gives a single value one bucket from min to max', () => {
    expect(tf1Buckets(tf1Histogram('t', [4, 4]))).toEqual([{ left: 4, right: 4, count: 2 }]);
  });

  it('reads an empty histogram as no buckets', () => {
    expect(tf1Buckets(tf1Histogram('t', []))).toEqual([]);
  });
});
