import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import type { Pair, Padding } from '../../../ops/window.ts';
import { maxPoolWasm } from './maxPool.ts';
import { maxPoolGradWasm } from './maxPoolGrad.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

const tfPad = (p: Padding) => (p === 'SAME' ? 'same' : 'valid');

// mnist-cnn's two poolings; borders clipped (odd sizes); channels left after the fours; one channel; 3x3 tiles.
const CASES: { x: number[]; k: Pair; pad: Padding }[] = [
  { x: [2, 28, 28, 32], k: [2, 2], pad: 'SAME' },
  { x: [2, 14, 14, 64], k: [2, 2], pad: 'SAME' },
  { x: [2, 7, 7, 8], k: [2, 2], pad: 'SAME' },
  { x: [2, 7, 6, 6], k: [2, 2], pad: 'SAME' },
  { x: [3, 5, 5, 1], k: [2, 2], pad: 'SAME' },
  { x: [1, 9, 9, 3], k: [3, 3], pad: 'VALID' },
];

describe('MaxPool as a SIMD pass on wasm', () => {
  for (const c of CASES) {
    it(`gives tf.maxPool's bits (XNNPACK's): x [${c.x}] k [${c.k}] ${c.pad}`, () => {
      const x = tf.randomNormal(c.x, 0, 1, 'float32', c.x[1]);
      const before = tf.memory().numTensors;
      const y = maxPoolWasm(x, c.k, c.k, c.pad)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = tf.maxPool(x as tf.Tensor4D, c.k, c.k, tfPad(c.pad));
      expect(y.shape).toEqual(expected.shape);
      expect(y.dataSync()).toEqual(expected.dataSync());
      tf.dispose([x, y, expected]);
    });
  }

  it('takes the value whose position MaxPoolGrad sends the gradient to: the first maximum, never a NaN after the first value', () => {
    // The windows {1, NaN, 2, 0}, {0, NaN, -0, 3} and {-0, 0, 0, -1} of a [1, 2, 6, 1] image (rows of six).
    const x = tf.tensor4d([1, NaN, 0, NaN, -0, 0, 2, 0, -0, 3, 0, -1], [1, 2, 6, 1]);
    const y = Array.from(maxPoolWasm(x, [2, 2], [2, 2], 'VALID')!.dataSync());
    expect(y.map((v) => Object.is(v, -0) ? '-0' : String(v))).toEqual(['2', '3', '-0']);
    const dx = Array.from(maxPoolGradWasm(x, tf.tensor4d([10, 20, 30], [1, 1, 3, 1]), [2, 2], [2, 2], 'VALID')!.dataSync());
    expect(dx).toEqual([0, 0, 0, 0, 30, 0, 10, 0, 0, 20, 0, 0]);
  });

  it('leaves overlapping windows and windows that miss part of the image to XNNPACK', () => {
    const x = tf.zeros([1, 8, 9, 2]);
    expect(maxPoolWasm(x, [3, 3], [2, 2], 'SAME')).toBeUndefined();
    expect(maxPoolWasm(x, [2, 2], [2, 2], 'VALID')).toBeUndefined();
    x.dispose();
  });

  it('is absent on other backends', async () => {
    await useBackend('cpu');
    expect(maxPoolWasm(tf.ones([1, 2, 2, 1]), [2, 2], [2, 2], 'VALID')).toBeUndefined();
    await useBackend('wasm');
  });
});
