import { describe, expect, it } from 'vitest';
import { tf2Histogram } from '../../core/summary/histogramTf2.ts';
import type { HistogramEntry } from '../training/protocol.ts';
import { bucketsOf, distributionPoints, histogramExtent, histogramSlices, sharedExtent } from './histogramModel.ts';

const entry = (step: number, values: number[]): HistogramEntry => ({ tag: 'W', step, wallTime: step, buckets: Float64Array.from(tf2Histogram(values).flatMap((b) => [b.left, b.right, b.count])) });

describe('histogramModel', () => {
  it('unpacks buckets and drops the empty ones at the ends', () => {
    const e: HistogramEntry = { tag: 'W', step: 0, wallTime: 0, buckets: Float64Array.of(0, 1, 0, 1, 2, 3, 2, 3, 0, 3, 4, 1, 4, 5, 0) };
    expect(bucketsOf(e)).toEqual([
      { left: 1, right: 2, count: 3 },
      { left: 2, right: 3, count: 0 },
      { left: 3, right: 4, count: 1 },
    ]);
  });

  it('re-bins every step onto one 30-bin grid spanning all steps, keeping each count', () => {
    const slices = histogramSlices([entry(0, [0, 1, 1, 2]), entry(100, [-2, 4, 4])]);
    expect(slices.map((s) => s.bins.length)).toEqual([30, 30]);
    expect(slices[0].bins[0].x).toBe(-2);
    expect(slices[0].bins[29].x + slices[0].bins[29].dx).toBeCloseTo(4, 12);
    expect(slices[0].bins.reduce((a, b) => a + b.y, 0)).toBeCloseTo(4, 9);
    expect(slices[1].bins.reduce((a, b) => a + b.y, 0)).toBeCloseTo(3, 9);
  });

  it('compresses each step to the nine basis points, min and max at the ends', () => {
    const [d] = distributionPoints([entry(0, Array.from({ length: 101 }, (_, i) => i))]);
    expect(d.values).toHaveLength(9);
    expect(d.values[0]).toBe(0);
    expect(d.values[8]).toBeCloseTo(100, 9);
    expect(d.values[4]).toBeCloseTo(50, 0);
  });

  it('leaves out steps whose values were not finite', () => {
    const bad: HistogramEntry = { tag: 'W', step: 5, wallTime: 0, buckets: new Float64Array(0) };
    expect(histogramSlices([entry(0, [1, 2]), bad]).map((s) => s.step)).toEqual([0]);
  });

  it('finds the range of all steps, and one range over several tags', () => {
    const w = [entry(0, [0, 1, 1, 2]), entry(100, [-2, 4, 4])];
    expect(histogramExtent(w)?.[0]).toBe(-2);
    expect(histogramExtent(w)?.[1]).toBeCloseTo(4, 9);
    expect(histogramExtent([{ tag: 'W', step: 5, wallTime: 0, buckets: new Float64Array(0) }])).toBeUndefined();
    const tiny = [entry(0, [-1e-7, 1e-7])];
    const shared = sharedExtent([w, tiny, []])!;
    expect(shared[0]).toBe(-2);
    expect(shared[1]).toBeCloseTo(4, 9);
    expect(sharedExtent([[], []])).toBeUndefined();
  });
});
