import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const div = (x: tf.Tensor, y: tf.Tensor) => tf.div(x, y);
const positive: [number, number] = [0.5, 2];

describe('Div gradient', () => {
  it('gives dy / y to x and -dy * x / y^2 to y', async () => {
    await checkGradient({ op: 'Div', inputs: [{ shape: [2, 3] }, { shape: [2, 3], range: positive }], reference: div });
  });
  it('sums over broadcast axes of [3,1] / [1,4]', async () => {
    await checkGradient({ op: 'Div', inputs: [{ shape: [3, 1] }, { shape: [1, 4], range: positive }], reference: div });
  });
  it('handles [?,3] / [3] with the batch fed at run time', async () => {
    await checkGradient({ op: 'Div', inputs: [{ shape: [4, 3], staticShape: [null, 3] }, { shape: [3], range: positive }], reference: div });
  });
});
