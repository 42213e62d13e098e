import { describe, expect, it } from 'vitest';
import { imageAt, imageValues, tensorLayout } from './tensorLayout.ts';

const t = (shape: number[]) => ({ shape, values: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i) });

describe('tensorLayout', () => {
  it('lays scalars, vectors and matrices out as matrices', () => {
    expect(tensorLayout(t([]))).toEqual({ kind: 'matrix', rows: 1, cols: 1 });
    expect(tensorLayout(t([3]))).toEqual({ kind: 'matrix', rows: 1, cols: 3 });
    expect(tensorLayout(t([4, 2]))).toEqual({ kind: 'matrix', rows: 4, cols: 2 });
    expect(tensorLayout(t([2, 3, 1]))).toEqual({ kind: 'matrix', rows: 6, cols: 1 });
  });

  it('shows [N,H,W,C] as one image per example and channel', () => {
    const l = tensorLayout(t([2, 3, 3, 2]));
    if (l.kind !== 'images') throw new Error('images expected');
    expect(l.count).toBe(4);
    // example 1, channel 0, pixel (y 2, x 1): ((1*3+2)*3+1)*2+0 = 32
    expect(l.pixel(2, 2, 1)).toBe(32);
    expect(l.pixel(3, 2, 1)).toBe(33);
  });

  it('shows MNIST rows as 28x28 images and conv filters per channel pair', () => {
    const rows = tensorLayout(t([3, 784]));
    expect(rows.kind === 'images' && [rows.count, rows.pixel(1, 1, 0)]).toEqual([3, 784 + 28]);
    const filters = tensorLayout(t([3, 3, 1, 32]), true);
    expect(filters.kind === 'images' && [filters.count, filters.pixel(5, 0, 0)]).toEqual([32, 5]);
  });
});

describe('an enlarged image', () => {
  it('is the filter as a matrix, named by its channels', () => {
    const filters = tensorLayout(t([2, 2, 1, 3]), true);
    if (filters.kind !== 'images') throw new Error('images expected');
    // [H,W,Cin,Cout]: filter 1 (out channel 1) holds values 1, 4, 7, 10.
    expect(Array.from(imageValues(filters, 1))).toEqual([1, 4, 7, 10]);
    expect(filters.label(1)).toBe('filter 2: input channel 0 → output channel 1');
  });

  it('is found under the pointer, never over a gap', () => {
    const grid = { tileWidth: 20, tileHeight: 20, gap: 6, perRow: 4, count: 6 };
    expect(imageAt(grid, 5, 5)).toBe(0);
    expect(imageAt(grid, 27, 5)).toBe(1);
    expect(imageAt(grid, 22, 5)).toBeUndefined();
    expect(imageAt(grid, 30, 30)).toBe(5);
    expect(imageAt(grid, 60, 30)).toBeUndefined();
    expect(imageAt(grid, 110, 5)).toBeUndefined();
  });
});
