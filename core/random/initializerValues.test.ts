import { describe, expect, it } from 'vitest';
import { fans, type InitializerSpec } from '../ops/initializers.ts';
import { randomInitializerValues } from './initializerValues.ts';

/** The drawn values as float64, their sample mean and standard deviation, and the largest |value|. */
function sample(spec: InitializerSpec, shape: number[], seed = 42) {
  const values = Array.from(randomInitializerValues(spec, shape, seed, 1)!);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return { values, mean, std, maxAbs: values.reduce((m, v) => Math.max(m, Math.abs(v)), 0) };
}

/** Standard deviation of N(0, 1) cut at +-2 and renormalised: what a truncated normal keeps. */
const TRUNCATED_STD = 0.87962566103423978;

const RANDOM: InitializerSpec[] = [
  { kind: 'randomNormal', mean: 0, stddev: 1 },
  { kind: 'truncatedNormal', mean: 0, stddev: 1 },
  { kind: 'randomUniform', min: -1, max: 1 },
  { kind: 'glorotUniform' },
  { kind: 'glorotNormal' },
  { kind: 'heNormal' },
  { kind: 'heUniform' },
];

describe('determinism', () => {
  for (const spec of RANDOM) {
    it(`${spec.kind} repeats for one seed pair and changes with either seed`, () => {
      const a = randomInitializerValues(spec, [20, 30], 7, 1);
      expect(randomInitializerValues(spec, [20, 30], 7, 1)).toEqual(a);
      expect(randomInitializerValues(spec, [20, 30], 8, 1)).not.toEqual(a);
      expect(randomInitializerValues(spec, [20, 30], 7, 2)).not.toEqual(a);
    });
  }

  it('draws nothing for zeros, ones and constant', () => {
    expect(randomInitializerValues({ kind: 'zeros' }, [2], 1, 1)).toBeUndefined();
    expect(randomInitializerValues({ kind: 'constant', value: 3 }, [2], 1, 1)).toBeUndefined();
  });

  it('scales in float32 as TF does: rnd * stddev + mean, rnd * (max - min) + min', () => {
    const raw = randomInitializerValues({ kind: 'randomNormal', mean: 0, stddev: 1 }, [9], 3, 4)!;
    const scaled = randomInitializerValues({ kind: 'randomNormal', mean: 0.1, stddev: 0.3 }, [9], 3, 4)!;
    raw.forEach((x, i) => expect(scaled[i]).toBe(Math.fround(Math.fround(x * Math.fround(0.3)) + Math.fround(0.1))));
  });
});

// 100,000 draws: the sample mean is within 5 standard errors (sd / 316 each) and the sample
// standard deviation within 2% (its standard error is about 0.22%), so these fail only on a real bias.
const SHAPE = [250, 400];
const N = 100_000;

describe('normal initializers', () => {
  it('randomNormal has the asked mean and stddev', () => {
    const s = sample({ kind: 'randomNormal', mean: 2, stddev: 3 }, SHAPE);
    expect(Math.abs(s.mean - 2)).toBeLessThan((5 * 3) / Math.sqrt(N));
    expect(Math.abs(s.std / 3 - 1)).toBeLessThan(0.02);
    // An untruncated normal reaches beyond 2 stddev about 4.6% of the time.
    expect(s.values.filter((v) => Math.abs(v - 2) > 6).length / N).toBeGreaterThan(0.03);
  });

  it('truncatedNormal stays within 2 stddev of the mean, with the truncated spread', () => {
    const s = sample({ kind: 'truncatedNormal', mean: -1, stddev: 0.5 }, SHAPE);
    expect(s.values.every((v) => v >= -2 && v <= 0)).toBe(true);
    expect(Math.abs(s.mean + 1)).toBeLessThan((5 * 0.5) / Math.sqrt(N));
    expect(Math.abs(s.std / (0.5 * TRUNCATED_STD) - 1)).toBeLessThan(0.02);
  });
});

describe('variance-scaling initializers', () => {
  // [fanIn, fanOut] for a dense layer, and a 3x3 conv filter whose fans include the 9-pixel window.
  for (const shape of [[300, 200], [3, 3, 32, 64]]) {
    const { fanIn, fanOut } = fans(shape);
    const size = shape.reduce((a, b) => a * b, 1);
    const meanTolerance = (std: number) => (5 * std) / Math.sqrt(size);

    it(`glorotUniform on [${shape}] stays within sqrt(6/(fanIn+fanOut)) with variance 2/(fanIn+fanOut)`, () => {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const s = sample({ kind: 'glorotUniform' }, shape);
      expect(s.maxAbs).toBeLessThanOrEqual(limit);
      expect(s.maxAbs).toBeGreaterThan(0.99 * limit);
      expect(Math.abs(s.mean)).toBeLessThan(meanTolerance(s.std));
      expect(Math.abs(s.std ** 2 / (2 / (fanIn + fanOut)) - 1)).toBeLessThan(0.04);
    });

    it(`heUniform on [${shape}] stays within sqrt(6/fanIn) with variance 2/fanIn`, () => {
      const limit = Math.sqrt(6 / fanIn);
      const s = sample({ kind: 'heUniform' }, shape);
      expect(s.maxAbs).toBeLessThanOrEqual(limit);
      expect(s.maxAbs).toBeGreaterThan(0.99 * limit);
      expect(Math.abs(s.mean)).toBeLessThan(meanTolerance(s.std));
      expect(Math.abs(s.std ** 2 / (2 / fanIn) - 1)).toBeLessThan(0.04);
    });

    it(`glorotNormal on [${shape}] has stddev sqrt(2/(fanIn+fanOut)) after truncation`, () => {
      const target = Math.sqrt(2 / (fanIn + fanOut));
      const s = sample({ kind: 'glorotNormal' }, shape);
      expect(Math.abs(s.std / target - 1)).toBeLessThan(0.03);
      expect(Math.abs(s.mean)).toBeLessThan(meanTolerance(target));
      expect(s.maxAbs).toBeLessThanOrEqual((2 * target) / TRUNCATED_STD);
    });

    it(`heNormal on [${shape}] has stddev sqrt(2/fanIn) after truncation`, () => {
      const target = Math.sqrt(2 / fanIn);
      const s = sample({ kind: 'heNormal' }, shape);
      expect(Math.abs(s.std / target - 1)).toBeLessThan(0.03);
      expect(Math.abs(s.mean)).toBeLessThan(meanTolerance(target));
      expect(s.maxAbs).toBeLessThanOrEqual((2 * target) / TRUNCATED_STD);
    });
  }

  it('computes fans like Keras: matrix [in,out], conv [h,w,in,out] times the window', () => {
    expect(fans([784, 256])).toEqual({ fanIn: 784, fanOut: 256 });
    expect(fans([3, 3, 32, 64])).toEqual({ fanIn: 288, fanOut: 576 });
    expect(fans([10])).toEqual({ fanIn: 10, fanOut: 10 });
  });
});
