import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { sumLeadingAxesWasm } from './columnSums.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('sums over the leading axes as a SIMD pass on wasm', () => {
  // mnist-xavier's biases; a 10-class layer's (fours, then ones); a conv bias over batch and pixels; 16s, 4s and 1s together; no rows.
  const CASES: [number[], number][] = [[[100, 256], 1], [[100, 10], 1], [[8, 28, 28, 32], 3], [[5, 23], 1], [[3, 4, 7], 2]];
  for (const [shape, leading] of CASES)
    it(`gives tf.sum's bits: [${shape}] over ${leading} leading axes`, () => {
      const x = tf.randomNormal(shape, 0, 1, 'float32', shape.length);
      const sums = sumLeadingAxesWasm(x, leading)!;
      const want = tf.sum(x, Array.from({ length: leading }, (_, i) => i));
      expect(sums.shape).toEqual(want.shape);
      expect(sums.dataSync()).toEqual(want.dataSync());
    });

  it('sums no rows to zeros, as TF does (tfjs-wasm\'s Sum gives no values there)', () => {
    expect(Array.from(sumLeadingAxesWasm(tf.zeros([0, 6]), 1)!.dataSync())).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('leaves to tfjs what does not fit: no axis or every axis, other dtypes, other backends', async () => {
    expect(sumLeadingAxesWasm(tf.ones([2, 3]), 0)).toBeUndefined();
    expect(sumLeadingAxesWasm(tf.ones([2, 3]), 2)).toBeUndefined();
    expect(sumLeadingAxesWasm(tf.ones([2, 3], 'int32'), 1)).toBeUndefined();
    await useBackend('cpu');
    expect(sumLeadingAxesWasm(tf.ones([2, 3]), 1)).toBeUndefined();
    await useBackend('wasm');
  });
});
