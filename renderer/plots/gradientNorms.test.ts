import { describe, expect, it } from 'vitest';
import type { HistogramEntry } from '../training/protocol.ts';
import { layerColor, layerGradientNorms, layerOf } from './gradientNorms.ts';

const entry = (tag: string, step: number, norm: number | undefined): HistogramEntry => ({ tag, step, wallTime: 1000 + step, buckets: new Float64Array(3), norm });

describe('layerOf', () => {
  it('is the innermost scope of a variable, or the variable itself', () => {
    expect(layerOf('layer3/W')).toBe('layer3');
    expect(layerOf('net/layer3/W')).toBe('net/layer3');
    expect(layerOf('W1')).toBe('W1');
  });
});

describe('layerGradientNorms', () => {
  it('combines the variables of a scope into one norm per step and ignores value histograms', () => {
    const series = layerGradientNorms({
      'layer1/W': [entry('layer1/W', 0, 100)],
      'layer1/W (gradient)': [entry('layer1/W (gradient)', 0, 3), entry('layer1/W (gradient)', 100, 0.3)],
      'layer1/b (gradient)': [entry('layer1/b (gradient)', 0, 4), entry('layer1/b (gradient)', 100, 0.4)],
      'W2 (gradient)': [entry('W2 (gradient)', 0, 2)],
    });
    expect(series.map((s) => s.layer)).toEqual(['layer1', 'W2']);
    expect(series[0].variables).toEqual(['layer1/W', 'layer1/b']);
    expect(series[0].points).toEqual([
      { step: 0, wallTime: 1000, value: 5 },
      { step: 100, wallTime: 1100, value: expect.closeTo(0.5, 12) },
    ]);
    expect(series[1].points).toEqual([{ step: 0, wallTime: 1000, value: 2 }]);
  });

  it('leaves out a step at which one of the layer’s variables has no norm', () => {
    const [layer] = layerGradientNorms({
      'l/W (gradient)': [entry('l/W (gradient)', 0, 1), entry('l/W (gradient)', 5, 1)],
      'l/b (gradient)': [entry('l/b (gradient)', 0, undefined), entry('l/b (gradient)', 5, 1)],
    });
    expect(layer.points.map((p) => p.step)).toEqual([5]);
  });
});

describe('layerColor', () => {
  it('gives each layer its own colour, ordered along one ramp', () => {
    const colors = Array.from({ length: 10 }, (_, i) => layerColor(i, 10));
    expect(new Set(colors).size).toBe(10);
    expect(layerColor(0, 1)).toBe(layerColor(0, 10));
  });
});
