import { describe, expect, it } from 'vitest';
import { nearestIndex, scalarModel, stepTicks } from './scalarModel.ts';

const run = (id: string, values: number[], t0 = 1000) => ({ id, label: id, color: '#000', points: values.map((value, i) => ({ step: i * 100, wallTime: t0 + i * 500, value })) });

describe('scalarModel', () => {
  it('smooths each run with the debiased EMA and keeps the raw values', () => {
    const m = scalarModel([run('a', [1, 0])], { smoothing: 0.6, xMode: 'step', yScale: 'linear', ignoreOutliers: true });
    // second point: (0.6*0.4*1 + 0.4*0) / (1 - 0.36) = 0.375
    expect(Array.from(m.series[0].smoothed)).toEqual([1, 0.375]);
    expect(Array.from(m.series[0].raw)).toEqual([1, 0]);
    expect(m.x).toEqual([0, 100]);
  });

  it('puts x in seconds since each run started, or wall time', () => {
    const rel = scalarModel([run('a', [1, 2, 3], 5000), run('b', [1, 2], 9000)], { smoothing: 0, xMode: 'relative', yScale: 'linear', ignoreOutliers: false });
    expect(rel.series.map((s) => Array.from(s.x))).toEqual([[0, 0.5, 1], [0, 0.5]]);
    const wall = scalarModel([run('a', [1, 2], 5000)], { smoothing: 0, xMode: 'wall', yScale: 'linear', ignoreOutliers: false });
    expect(wall.x).toEqual([5000, 5500]);
  });

  it('fits y as TensorBoard does: without outliers, padded and made nice', () => {
    const values = Array.from({ length: 21 }, (_, i) => i / 20);
    values[20] = 1000;
    const m = scalarModel([run('a', values)], { smoothing: 0, xMode: 'step', yScale: 'linear', ignoreOutliers: true });
    // sorted ys[1] = 0.05 .. ys[19] = 0.95, padded by 5% of 0.9 and rounded to 0.1
    expect(m.y).toEqual([0, 1]);
    const all = scalarModel([run('a', values)], { smoothing: 0, xMode: 'step', yScale: 'linear', ignoreOutliers: false });
    expect(all.y[1]).toBeGreaterThanOrEqual(1000);
  });
});

describe('scalarModel with one point', () => {
  it('centres the point on a unit-wide axis, so its dot is drawn whole', () => {
    const m = scalarModel([run('a', [0.7])], { smoothing: 0.6, xMode: 'step', yScale: 'linear', ignoreOutliers: true });
    expect(m.x).toEqual([-0.5, 0.5]);
    expect(stepTicks(m.x, 8)).toEqual([0]);
  });
});

describe('stepTicks', () => {
  it('labels only whole steps, never 500m', () => {
    expect(stepTicks([0, 1], 8)).toEqual([0, 1]);
    expect(stepTicks([0, 3], 10)).toEqual([0, 1, 2, 3]);
    expect(stepTicks([0, 10000], 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
  });
});

describe('nearestIndex', () => {
  it('finds the nearest x', () => {
    expect([-5, 0, 49, 51, 240, 999].map((x) => nearestIndex([0, 100, 200, 300], x))).toEqual([0, 0, 0, 1, 2, 3]);
  });
});
