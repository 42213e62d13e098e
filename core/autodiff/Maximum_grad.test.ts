import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

// tfjs's own Maximum/Minimum gradients do not sum over broadcast axes, so the oracle is written with relu (no ties in random inputs).
const max = (x: tf.Tensor, y: tf.Tensor) => tf.add(tf.relu(tf.sub(x, y)), y);
const min = (x: tf.Tensor, y: tf.Tensor) => tf.sub(y, tf.relu(tf.sub(y, x)));

describe('Maximum and Minimum gradients', () => {
  it('send dy to the picked input on [2,3] and [2,3]', async () => {
    await checkGradient({ op: 'Maximum', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: max });
    await checkGradient({ op: 'Minimum', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: min, seed: 2 });
  });
  it('sum over broadcast axes: [?,3] against [3] and [3,1] against [1,4]', async () => {
    await checkGradient({ op: 'Maximum', inputs: [{ shape: [4, 3], staticShape: [null, 3] }, { shape: [3] }], reference: max, seed: 3 });
    await checkGradient({ op: 'Minimum', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }], reference: min, seed: 4 });
  });
});
