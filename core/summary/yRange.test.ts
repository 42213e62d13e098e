import { describe, expect, it } from 'vitest';
import { yDomain, yExtent } from './yRange.ts';

/** 1..19 with two wild points: -100 and 100. */
const withOutliers = [100, ...Array.from({ length: 19 }, (_, i) => i + 1), -100];

describe('yExtent', () => {
  it('drops the 5% at each end when ignoring outliers', () => {
    // n = 21 sorted [-100, 1, ..., 19, 100]: ceil(20*0.05) = 1 -> 1, floor(20*0.95) = 19 -> 19.
    expect(yExtent([withOutliers])).toEqual([1, 19]);
    expect(yExtent([withOutliers], { ignoreOutliers: false })).toEqual([-100, 100]);
  });

  it('collapses three values to the median, as TensorBoard does', () => {
    // n = 3: ceil(2*0.05) = 1 and floor(2*0.95) = 1.
    expect(yExtent([[3, 1, 2]])).toEqual([2, 2]);
  });

  it('keeps the plain extent for one or two values', () => {
    expect(yExtent([[4, -2]])).toEqual([-2, 4]);
    expect(yExtent([[4]])).toEqual([4, 4]);
  });

  it('pools every series and skips non-finite values', () => {
    expect(yExtent([[NaN, 5], [Infinity, -1, -Infinity]], { ignoreOutliers: false })).toEqual([-1, 5]);
    expect(yExtent([[NaN], []])).toBeUndefined();
  });

  it('on a log scale keeps positive values only', () => {
    expect(yExtent([[-3, 0, 0.5, 8]], { scale: 'log10' })).toEqual([0.5, 8]);
    expect(yExtent([[-3, 0]], { scale: 'log10' })).toBeUndefined();
  });
});

describe('yDomain', () => {
  it('pads the outlier-free extent', () => {
    // [1, 19]: padding (18 + eps) * 0.05 = 0.9 -> [0.1, 19.9]; step 1.98 -> 2 -> [0, 20]; step 2.
    expect(yDomain([withOutliers])).toEqual([0, 20]);
  });

  it('falls back to [0, 1] when nothing is drawable', () => {
    // [0, 1] -> [-0.05, 1.05]; step 0.11 -> 0.1 (inc -10) -> [-0.1, 1.1]; step 0.12 -> 0.1 again.
    expect(yDomain([])).toEqual([-0.1, 1.1]);
    expect(yDomain([[NaN]], { scale: 'log10' })).toEqual([Number.MIN_VALUE, 2]);
  });

  it('uses the log rule on a log scale', () => {
    expect(yDomain([[0.1, 100]], { scale: 'log10', ignoreOutliers: false })).toEqual([0.05, 200]);
  });
});
