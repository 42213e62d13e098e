import { describe, expect, it } from 'vitest';
import { Batcher, gatherRows } from './batcher.ts';
import { mulberry32, permutation } from './random.ts';

describe('seeded shuffling and batching', () => {
  it('gives the same numbers for the same seed and different ones for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from(permutation(10, mulberry32(1))).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('visits every example once per epoch, in a new order each epoch', () => {
    const b = new Batcher(10, 4, 42);
    expect(b.batchesPerEpoch).toBe(3);
    const epoch = (e: number) => [0, 1, 2].map((k) => Array.from(b.indices(e * 3 + k)!));
    const first = epoch(0);
    expect(first.map((batch) => batch.length)).toEqual([4, 4, 2]);
    expect(first.flat().sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const second = epoch(1);
    expect(second.flat().sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(second.flat()).not.toEqual(first.flat());
    expect(first.flat()).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Step 4's batch does not depend on which steps were asked for before it.
    expect(Array.from(new Batcher(10, 4, 42).indices(4)!)).toEqual(second[1]);
    expect(b.epochOf(5)).toBe(1);
  });

  it('treats no batch size, or one at least the data size, as one full batch', () => {
    for (const b of [new Batcher(5, undefined, 1), new Batcher(5, 5, 1), new Batcher(5, 100, 1)]) {
      expect(b.fullBatch).toBe(true);
      expect(b.batchesPerEpoch).toBe(1);
      expect(b.indices(3)).toBeUndefined();
    }
  });

  it('gathers rows of any rank', () => {
    const data = { values: new Float32Array([0, 1, 10, 11, 20, 21]), shape: [3, 2] };
    expect(gatherRows(data, new Int32Array([2, 0]))).toEqual({ values: new Float32Array([20, 21, 0, 1]), shape: [2, 2] });
    const images = { values: new Float32Array(Array.from({ length: 12 }, (_, i) => i)), shape: [3, 2, 2] };
    expect(Array.from(gatherRows(images, new Int32Array([1])).values)).toEqual([4, 5, 6, 7]);
  });
});
