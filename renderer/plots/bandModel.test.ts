import { describe, expect, it } from 'vitest';
import { classicSmoothing } from '../../core/summary/smoothing.ts';
import { bandModel, type BandGroupInput } from './bandModel.ts';

const group: BandGroupInput = {
  setting: 'optimizer=Adam',
  label: 'Adam',
  color: '#f00',
  runs: [
    { seed: 1, steps: [0, 10, 20], values: [1, 3, 5] },
    { seed: 2, steps: [0, 10, 20], values: [3, 5, 9] },
    { seed: 3, steps: [0, 10], values: [2, 4] },
  ],
};
const options = { smoothing: 0, band: 'minmax' as const, yScale: 'linear' as const, ignoreOutliers: false };

describe('bandModel', () => {
  it('gives per step the mean and min-max of the runs that logged it', () => {
    const g = bandModel([group], options).groups[0];
    expect(Array.from(g.steps)).toEqual([0, 10, 20]);
    expect(Array.from(g.mean)).toEqual([2, 4, 7]);
    expect(Array.from(g.lo)).toEqual([1, 3, 5]);
    expect(Array.from(g.hi)).toEqual([3, 5, 9]);
    expect(Array.from(g.n)).toEqual([3, 3, 2]);
  });

  it('gives mean ± 1 sample std, and std 0 for one run', () => {
    const g = bandModel([group], { ...options, band: 'std' }).groups[0];
    // Values 1, 3, 2 at step 0: mean 2, sample std 1.
    expect([g.lo[0], g.hi[0]]).toEqual([1, 3]);
    // 5 and 9: mean 7, std sqrt(8).
    expect(g.hi[2]).toBeCloseTo(7 + Math.sqrt(8), 12);
    const one = bandModel([{ ...group, runs: [group.runs[0]] }], { ...options, band: 'std' }).groups[0];
    expect(Array.from(one.lo)).toEqual(Array.from(one.hi));
  });

  it('smooths each run as TensorBoard does; the mean line is the smoothed mean', () => {
    const runs = group.runs.slice(0, 2);
    const g = bandModel([{ ...group, runs }], { ...options, smoothing: 0.6 }).groups[0];
    expect(Array.from(g.runs[0].smoothed)).toEqual(Array.from(classicSmoothing([1, 3, 5], 0.6)));
    const meanOfRaw = classicSmoothing([2, 4, 7], 0.6);
    g.mean.forEach((m, i) => expect(m).toBeCloseTo(meanOfRaw[i], 12));
  });

  it('leaves a NaN out of the band and fits y over bands and runs', () => {
    const withNaN = { ...group, runs: [{ seed: 1, steps: [0, 10], values: [1, NaN] }, { seed: 2, steps: [0, 10], values: [3, 5] }] };
    const m = bandModel([withNaN], options);
    expect([m.groups[0].mean[1], m.groups[0].n[1]]).toEqual([5, 1]);
    expect(m.y[0]).toBeLessThanOrEqual(1);
    expect(m.y[1]).toBeGreaterThanOrEqual(5);
    expect(m.x).toEqual([0, 10]);
  });
});
