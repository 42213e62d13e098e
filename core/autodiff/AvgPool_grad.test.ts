import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/**
 * tfjs's own AvgPool gradient divides border windows by the full window size
 * although its forward pass (like TF's) averages only the unpadded values, so
 * the SAME reference is written from ops whose tfjs gradients are right:
 * zero-pad, average whole windows, rescale by size / count.
 */
function avgPoolSame(x: tf.Tensor, counts: number[][]): tf.Tensor {
  const summed = tf.avgPool(tf.pad(x, [[0, 0], [0, 1], [0, 1], [0, 0]]) as tf.Tensor4D, 2, 2, 'valid');
  return tf.mul(summed, tf.tensor(counts.map((row) => row.map((c) => 4 / c))).reshape([1, 3, 3, 1]));
}

describe('AvgPool gradient', () => {
  it('shares each window\'s gradient, leaving SAME padding out of the count', async () => {
    // 5x5 pooled 2x2 with stride 2 pads one row and column at the end: border windows hold 2 values, the corner 1.
    const counts = [[4, 4, 2], [4, 4, 2], [2, 2, 1]];
    await checkGradient({ op: 'AvgPool', inputs: [{ shape: [2, 5, 5, 2] }], reference: (x) => avgPoolSame(x, counts) });
  });
  it('adds up where 3x3 windows with stride 2 overlap (VALID) on a [?,7,6,1] batch', async () => {
    await checkGradient({
      op: 'AvgPool',
      attrs: { ksize: [3, 3], strides: [2, 2], padding: 'VALID' },
      inputs: [{ shape: [2, 7, 6, 1], staticShape: [null, 7, 6, 1] }],
      reference: (x) => tf.avgPool(x as tf.Tensor4D, 3, 2, 'valid'),
    });
  });
});
