import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

// exp(y log x) has the same derivatives for x > 0 and, unlike tfjs's Pow gradient, sums over broadcast axes.
const pow = (x: tf.Tensor, y: tf.Tensor) => tf.exp(tf.mul(y, tf.log(x)));

describe('Pow gradient', () => {
  it('gives y x^(y-1) to x and z log x to y on [2,3]', async () => {
    await checkGradient({ op: 'Pow', inputs: [{ shape: [2, 3], range: [0.5, 2] }, { shape: [2, 3] }], reference: pow });
  });
  it('sums over broadcast axes: [?,3] with [3], and [3,1] with [1,4]', async () => {
    await checkGradient({ op: 'Pow', inputs: [{ shape: [4, 3], staticShape: [null, 3], range: [0.5, 2] }, { shape: [3] }], reference: pow, seed: 2 });
    await checkGradient({ op: 'Pow', inputs: [{ shape: [3, 1], range: [0.5, 2] }, { shape: [1, 4] }], reference: pow, seed: 3 });
  });
});
