import { describe, expect, it } from 'vitest';
import { gradientLook } from './gradientMagnitude.ts';

describe('gradientLook', () => {
  it('flags vanishing, exploding and non-finite gradients', () => {
    expect([1e-9, 5e-7, 1e-6, 0.5, 999, 2000, NaN].map((n) => gradientLook(n).flag)).toEqual(['vanishing', 'vanishing', undefined, undefined, undefined, 'exploding', 'nonfinite']);
  });

  it('draws larger gradients thicker and darker', () => {
    const small = gradientLook(1e-5);
    const large = gradientLook(10);
    expect(large.width).toBeGreaterThan(small.width);
    expect(small.color).not.toBe(large.color);
  });
});
