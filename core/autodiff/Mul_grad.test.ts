import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const mul = (x: tf.Tensor, y: tf.Tensor) => tf.mul(x, y);

describe('Mul gradient', () => {
  it('gives dy * y to x and dy * x to y', async () => {
    await checkGradient({ op: 'Mul', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: mul });
  });
  it('sums over broadcast axes of [3,1] * [1,4]', async () => {
    await checkGradient({ op: 'Mul', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }], reference: mul });
  });
  it('handles x [?] times a weight [1], the linear-regression lesson', async () => {
    await checkGradient({ op: 'Mul', inputs: [{ shape: [5], staticShape: [null] }, { shape: [1] }], reference: mul });
  });
  it('handles [?,3] * [3] and unknown dims on both sides', async () => {
    await checkGradient({ op: 'Mul', inputs: [{ shape: [4, 3], staticShape: [null, 3] }, { shape: [3] }], reference: mul });
    await checkGradient({ op: 'Mul', inputs: [{ shape: [2, 1], staticShape: [null, null] }, { shape: [1, 3], staticShape: [null, null] }], reference: mul });
  });
});
