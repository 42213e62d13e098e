import { describe, expect, it } from 'vitest';
import { centralDifference, relativeError, settledDerivative } from './centralDifference.ts';

/** A float32 "loss": every value rounded as TensorFlow.js would store it. */
const float32 = (g: (x: number) => number, x0: number) => async (d: number) => Math.fround(g(Math.fround(x0 + d)));
const softplusSum = (x: number) => Math.log1p(Math.exp(x)) + 3 * Math.sin(x) + 10;

describe('central differences in float32', () => {
  it('finds the derivative of a smooth float32 loss to well within 1e-3', async () => {
    const x0 = 0.7;
    const exact = 1 / (1 + Math.exp(-x0)) + 3 * Math.cos(x0);
    const d = await settledDerivative(float32(softplusSum, x0));
    expect(relativeError(exact, d.value, d.uncertainty)).toBeLessThan(1e-4);
    expect(Math.abs(d.value - exact)).toBeLessThan(1e-4);
  });

  it('rejects a gradient with the wrong sign or off by 1%', async () => {
    const x0 = -1.3;
    const exact = 1 / (1 + Math.exp(-x0)) + 3 * Math.cos(x0);
    const d = await settledDerivative(float32(softplusSum, x0));
    expect(relativeError(-exact, d.value, d.uncertainty)).toBeGreaterThan(1);
    expect(relativeError(1.01 * exact, d.value, d.uncertainty)).toBeGreaterThan(1e-3);
  });

  it('does not count float32 roundoff of a large loss as error', async () => {
    // Loss 1e6 + x: roundoff (about 0.06) dwarfs any small step's change.
    const d = await centralDifference(float32((x) => 1e6 + x, 0.5), 1e-3);
    expect(d.noise).toBeGreaterThan(Math.abs(d.value - 1));
    expect(relativeError(1, d.value, d.noise)).toBe(0);
  });

  it('keeps zero gradients from becoming huge ratios', () => {
    expect(relativeError(0, 1e-7)).toBeLessThan(1e-3);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(2, 1)).toBe(0.5);
  });
});
