import { describe, expect, it } from 'vitest';
import { tf2Histogram } from './histogramTf2.ts';
import { rebinHistograms } from './rebin.ts';

const b = (left: number, right: number, count: number) => ({ left, right, count });
const ys = (bins: { y: number }[]) => bins.map((bin) => bin.y);

describe('rebinHistograms', () => {
  it('returns nothing for no steps or no bins; an empty step gets zero bins on the shared grid', () => {
    expect(rebinHistograms([], 3)).toEqual([]);
    expect(rebinHistograms([[b(0, 1, 1)]], 0)).toEqual([]);
    expect(rebinHistograms([[]], 3)).toEqual([[]]);
    const [empty, full] = rebinHistograms([[], [b(0, 3, 3)]], 3);
    expect(empty).toEqual([{ x: 0, dx: 1, y: 0 }, { x: 1, dx: 1, y: 0 }, { x: 2, dx: 1, y: 0 }]);
    expect(full).toEqual([{ x: 0, dx: 1, y: 1 }, { x: 1, dx: 1, y: 1 }, { x: 2, dx: 1, y: 1 }]);
  });

  it('spreads a bucket over the bins it overlaps', () => {
    // [0, 9] with 300 into 3 bins of width 3: 100 each.
    expect(rebinHistograms([[b(0, 9, 300)]], 3)).toEqual([[{ x: 0, dx: 3, y: 100 }, { x: 3, dx: 3, y: 100 }, { x: 6, dx: 3, y: 100 }]]);
    // Bins [0, 5] and [5, 10]: 300 + 700 * 2/7 = 500, then 700 * 5/7 = 500.
    expect(ys(rebinHistograms([[b(0, 3, 300), b(3, 10, 700)]], 2)[0])).toEqual([500, 500]);
  });

  it('uses one grid for all steps, from the lowest left to the highest right', () => {
    // Grid [0, 9] in bins of 3: step 1 [0, 6] gives 50, 50, 0; step 2 [3, 9] gives 0, 100, 100.
    const out = rebinHistograms([[b(0, 6, 100)], [b(3, 9, 200)]], 3);
    expect(out.map(ys)).toEqual([[50, 50, 0], [0, 100, 100]]);
    expect(out[1].map((bin) => bin.x)).toEqual([0, 3, 6]);
  });

  it('widens a zero-width range to [v/1.1 - 1, v*1.1 + 1]', () => {
    // v = 0: [-1, 1], one bin of width 2 that takes the whole count.
    expect(rebinHistograms([[b(0, 0, 300)]], 1)).toEqual([[{ x: -1, dx: 2, y: 300 }]]);
  });

  it('gives a zero-width bucket whole to the bin holding it, the right one on a shared edge', () => {
    expect(ys(rebinHistograms([[b(0, 0, 100), b(10, 10, 200)]], 2)[0])).toEqual([100, 200]);
    expect(ys(rebinHistograms([[b(0, 1, 0), b(5, 5, 200), b(9, 10, 0)]], 2)[0])).toEqual([0, 200]);
  });

  it('shows a TF2 single-value histogram in the middle bin', () => {
    // Thirty zero-width buckets at 11, the last holding 4. Range [9, 13.1], width 4.1/30;
    // 11 falls in bin floor((11 - 9) / 0.13667) = 14.
    const [bins] = rebinHistograms([tf2Histogram([11, 11, 11, 11])]);
    expect(bins.length).toBe(30);
    expect(bins[0].x).toBeCloseTo(9, 12);
    expect(bins[14].y).toBe(4);
    expect(ys(bins).reduce((s, y) => s + y, 0)).toBe(4);
  });
});
