import { describe, expect, it } from 'vitest';
import type { ImageEntry } from '../training/protocol.ts';
import { imageRgba, imageZoom } from './imageRgba.ts';

const entry = (channels: number, pixels: number[], count = 1): ImageEntry => ({ tag: 't', nodeId: 'n', maxOutputs: 3, step: 0, wallTime: 0, count, height: 1, width: 2, channels, pixels: Uint8Array.from(pixels) });

describe('imageRgba', () => {
  it('spreads grayscale to RGB, keeps RGB opaque and RGBA’s alpha, picking the image by index', () => {
    expect([...imageRgba(entry(1, [10, 20, 30, 40], 2), 1)]).toEqual([30, 30, 30, 255, 40, 40, 40, 255]);
    expect([...imageRgba(entry(3, [1, 2, 3, 4, 5, 6]), 0)]).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
    expect([...imageRgba(entry(4, [1, 2, 3, 4, 5, 6, 7, 8]), 0)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('zooms by a whole number: MNIST digits 4x, a 1x2 XOR input 56x, a large image 1x', () => {
    expect(imageZoom({ width: 28, height: 28 })).toBe(4);
    expect(imageZoom({ width: 2, height: 1 })).toBe(56);
    expect(imageZoom({ width: 227, height: 227 })).toBe(1);
  });
});
