import { describe, expect, it } from 'vitest';
import { imagePixels } from './imagePixels.ts';

describe('imagePixels', () => {
  it('scales nonnegative images so the largest value is 255, each image on its own', () => {
    expect([...imagePixels([0, 0.5, 1, 0.25, 0, 2, 4, 1], 2, 4, 1)]).toEqual([0, 127, 255, 63, 0, 127, 255, 63]);
  });

  it('puts 0 at 128 when a value is negative, scaled by 127 over the largest magnitude', () => {
    expect([...imagePixels([-1, 0, 0.5, 1], 1, 4, 1)]).toEqual([1, 128, 191, 255]);
    expect([...imagePixels([-2, 0, 1, 1], 1, 4, 1)]).toEqual([1, 128, 191, 191]);
  });

  it('draws an all-zero (or all tiny) image black, and a pixel with a non-finite value red', () => {
    expect([...imagePixels([0, 1e-7, 0, 0], 1, 4, 1)]).toEqual([0, 0, 0, 0]);
    expect([...imagePixels([0, 0, 1, NaN, 0.5, 0.5], 1, 2, 3)]).toEqual([0, 0, 255, 255, 0, 0]);
  });
});
