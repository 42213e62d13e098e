import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { matMulWasm } from './matMul.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('matrix product as a SIMD pass on wasm', () => {
  // mnist-xavier's products (forward, weight gradients after the explicit transpose, input gradients), its 10-class layer's and mnist-cnn's;
  // rows left after the fours; columns left after the eights, or fewer than eight; k of 1; no rows.
  const SHAPES: [number, number, number][] = [
    [100, 784, 256], [784, 100, 256], [100, 256, 256], [256, 100, 256], [100, 10, 256], [100, 256, 10], [256, 100, 10], [100, 3136, 10],
    [7, 5, 16], [3, 9, 8], [6, 1, 24], [1, 300, 40], [5, 7, 13], [9, 4, 3], [2, 6, 1], [0, 4, 8],
  ];
  for (const [m, k, n] of SHAPES) {
    it(`gives tf.matMul's values (XNNPACK's), within float rounding: [${m}, ${k}] x [${k}, ${n}]`, () => {
      const a = tf.randomNormal([m, k], 0, 1, 'float32', m + k);
      const b = tf.randomNormal([k, n], 0, 1, 'float32', n);
      const before = tf.memory().numTensors;
      const c = matMulWasm(a, b)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = tf.matMul(a, b);
      expect(c.shape).toEqual([m, n]);
      const [got, want] = [c.dataSync() as Float32Array, expected.dataSync() as Float32Array];
      const scale = want.reduce((s: number, v: number) => Math.max(s, Math.abs(v)), 1);
      expect(got.reduce((s: number, v: number, i: number) => Math.max(s, Math.abs(v - want[i])), 0)).toBeLessThanOrEqual(1e-6 * scale);
      tf.dispose([a, b, c, expected]);
    });
  }

  it('leaves to tfjs what does not fit: other ranks and dtypes', () => {
    expect(matMulWasm(tf.ones([2, 4, 3]), tf.ones([2, 3, 8]))).toBeUndefined();
    expect(matMulWasm(tf.ones([4, 3], 'int32'), tf.ones([3, 8], 'int32'))).toBeUndefined();
  });

  it('is absent on other backends', async () => {
    await useBackend('cpu');
    expect(matMulWasm(tf.ones([4, 3]), tf.ones([3, 8]))).toBeUndefined();
    await useBackend('wasm');
  });
});
