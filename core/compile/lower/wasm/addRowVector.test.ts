import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { addRowVectorWasm } from './addRowVector.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('the bias add as a SIMD pass on wasm', () => {
  for (const [x, b] of [[[100, 256], [256]], [[100, 10], [10]], [[2, 3, 7], [7]], [[0, 5], [5]]])
    it(`gives tf.add's bits: [${x}] + [${b}], and [${b}] + [${x}]`, () => {
      const xs = tf.randomNormal(x, 0, 1, 'float32', 1);
      const bs = tf.randomNormal(b, 0, 1, 'float32', 2);
      const want = tf.add(xs, bs).dataSync();
      expect(addRowVectorWasm(xs, bs)!.dataSync()).toEqual(want);
      expect(addRowVectorWasm(bs, xs)!.dataSync()).toEqual(want);
    });

  it('leaves to tfjs what is not a matrix and its row: other broadcasts, dtypes, backends', async () => {
    expect(addRowVectorWasm(tf.ones([2, 3]), tf.ones([2, 1]))).toBeUndefined();
    expect(addRowVectorWasm(tf.ones([2, 3]), tf.ones([2]))).toBeUndefined();
    expect(addRowVectorWasm(tf.ones([3]), tf.ones([3]))).toBeUndefined();
    expect(addRowVectorWasm(tf.ones([2, 3], 'int32'), tf.ones([3], 'int32'))).toBeUndefined();
    await useBackend('cpu');
    expect(addRowVectorWasm(tf.ones([2, 3]), tf.ones([3]))).toBeUndefined();
    await useBackend('wasm');
  });
});
