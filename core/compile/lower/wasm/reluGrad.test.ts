import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { reluGradWasm } from './reluGrad.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('ReluGrad as a SIMD pass on wasm', () => {
  for (const shape of [[4, 28, 28, 32], [7], [3, 5], [0, 4]])
    it(`gives dy * step(x)'s bits: [${shape}]`, () => {
      const dy = tf.randomNormal(shape, 0, 1, 'float32', 1);
      const x = tf.randomNormal(shape, 0, 1, 'float32', 2);
      const [got, want] = [reluGradWasm(dy, x)!.dataSync(), tf.mul(dy, tf.step(x)).dataSync()];
      expect(got.length).toBe(want.length);
      // Counted rather than compared whole: a diff of 100,000 values takes Vitest seconds.
      expect(got.filter((v, i) => !Object.is(v, want[i])).length).toBe(0);
    });

  it("follows TF at the edges: 0 at x = 0 and where x is NaN, dy's NaN and infinities times the mask", () => {
    const x = tf.tensor([0, -0, Number.NaN, 1, -1, 2, 3, -3, 0.5]);
    const dy = tf.tensor([5, 5, 5, Number.NaN, Number.NaN, Infinity, 2, Infinity, -1]);
    // TF's ReluGrad is gradients * (features > 0): NaN * 1, Infinity * 1 and Infinity * 0 (NaN) as written.
    expect(Array.from(reluGradWasm(dy, x)!.dataSync())).toEqual([0, 0, 0, Number.NaN, Number.NaN, Infinity, 2, Number.NaN, -1]);
  });

  it('leaves to tfjs what does not fit: shapes that differ, other dtypes, other backends', async () => {
    expect(reluGradWasm(tf.ones([2, 3]), tf.ones([3]))).toBeUndefined();
    expect(reluGradWasm(tf.ones([3], 'int32'), tf.ones([3], 'int32'))).toBeUndefined();
    await useBackend('cpu');
    expect(reluGradWasm(tf.ones([3]), tf.ones([3]))).toBeUndefined();
    await useBackend('wasm');
  });
});
