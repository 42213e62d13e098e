import { describe, expect, it } from 'vitest';
import { Batcher, gatherRows, shuffleSeed } from './batcher.ts';

describe('seeded shuffling and batching', () => {
  it('orders each epoch as NumPy: RandomState(seed).permutation(n), once per epoch', () => {
    // np.random.RandomState(777); rng.permutation(12) twice (NumPy 2.4).
    const b = new Batcher(12, 12 - 1, 777);
    const epoch0 = [...b.indices(0)!, ...b.indices(1)!];
    expect(epoch0).toEqual([10, 0, 3, 2, 8, 4, 5, 9, 1, 11, 6, 7]);
    expect([...b.indices(2)!, ...b.indices(3)!]).toEqual([6, 9, 11, 3, 8, 5, 4, 10, 1, 0, 2, 7]);
    // Back to an earlier epoch: drawn again from the seed.
    expect([...b.indices(0)!, ...b.indices(1)!]).toEqual(epoch0);
  });

  it('wraps seeds into RandomState\'s [0, 2^32)', () => {
    expect(shuffleSeed(5)).toBe(5);
    expect(shuffleSeed(-1)).toBe(2 ** 32 - 1);
    expect(shuffleSeed(2 ** 32 + 3)).toBe(3);
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
