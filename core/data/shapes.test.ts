import { describe, expect, it } from 'vitest';
import { DataError } from './dataError.ts';
import { loadShapes, SHAPES_SIDE } from './shapes.ts';
import { dataSource } from './source.ts';

const SIZE = SHAPES_SIDE * SHAPES_SIDE * 3;

/** Mean of one channel over the image's rows (y) or columns (x): stripes vary along one only. */
function profile(pixels: Float32Array, along: 'x' | 'y'): number[] {
  const out = new Array<number>(SHAPES_SIDE).fill(0);
  for (let y = 0; y < SHAPES_SIDE; y++) for (let x = 0; x < SHAPES_SIDE; x++) out[along === 'x' ? x : y] += pixels[(y * SHAPES_SIDE + x) * 3] / SHAPES_SIDE;
  return out;
}
const spread = (v: number[]) => Math.max(...v) - Math.min(...v);

describe('the shapes dataset', () => {
  it('has 32 training and 16 test images of 227x227x3 in [0, 1], labelled 0-3 in turn', () => {
    const train = loadShapes('train', 'images');
    expect(train.shape).toEqual([32, SIZE]);
    expect(train.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(loadShapes('test', 'images').shape).toEqual([16, SIZE]);
    expect([...loadShapes('train', 'labels').values.subarray(0, 6)]).toEqual([0, 1, 2, 3, 0, 1]);
  });

  it('draws the same images every time, and other images for the test split', () => {
    const [a, b] = [loadShapes('train', 'images').values, loadShapes('train', 'images').values];
    expect(a.every((v, i) => v === b[i])).toBe(true);
    const test = loadShapes('test', 'images').values;
    expect(test.subarray(0, SIZE).some((v, i) => v !== a[i])).toBe(true);
  });

  it('draws horizontal stripes that change down the image only, vertical ones across it only', () => {
    const images = loadShapes('train', 'images').values;
    const [horizontal, vertical] = [images.subarray(0, SIZE), images.subarray(SIZE, 2 * SIZE)];
    expect(spread(profile(horizontal, 'y'))).toBeGreaterThan(0.3);
    expect(spread(profile(horizontal, 'x'))).toBeLessThan(0.1);
    expect(spread(profile(vertical, 'x'))).toBeGreaterThan(0.3);
    expect(spread(profile(vertical, 'y'))).toBeLessThan(0.1);
  });

  it('is a dataset a binding can name, and refuses MNIST-only splits and unknown fields naming the placeholder', async () => {
    await expect(dataSource({ kind: 'dataset', name: 'shapes', split: 'test', field: 'labels' }, 'Y').load()).resolves.toMatchObject({ shape: [16] });
    await expect(dataSource({ kind: 'dataset', name: 'shapes', split: 'train-55k', field: 'images' }, 'X').load()).rejects.toThrow(/Placeholder "X": the shapes dataset has the splits train and test, not train-55k/);
    await expect(dataSource({ kind: 'dataset', name: 'shapes', split: 'train', field: 'pixels' }, 'X').load()).rejects.toThrow(DataError);
  });
});
