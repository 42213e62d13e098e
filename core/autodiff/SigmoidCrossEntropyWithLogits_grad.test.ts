import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const sigmoidCrossEntropy = (z: tf.Tensor, x: tf.Tensor) => tf.sub(tf.add(tf.relu(x), tf.log1p(tf.exp(tf.neg(tf.abs(x))))), tf.mul(x, z));

describe('SigmoidCrossEntropyWithLogits gradient', () => {
  it('gives dy * (sigmoid(x) - z) to the logits and dy * -x to the labels', async () => {
    await checkGradient({ op: 'SigmoidCrossEntropyWithLogits', inputs: [{ shape: [2, 3], range: [0, 1] }, { shape: [2, 3], awayFromZero: 0.1 }], reference: sigmoidCrossEntropy });
  });
  it('works on the XOR lesson\'s [?,1] predictions', async () => {
    const { diff } = await checkGradient({
      op: 'SigmoidCrossEntropyWithLogits',
      inputs: [{ shape: [4, 1], staticShape: [null, 1], values: [0, 1, 1, 0], wrt: false }, { shape: [4, 1], staticShape: [null, 1], awayFromZero: 0.1 }],
      reference: sigmoidCrossEntropy,
    });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op)).toEqual(['Sigmoid', 'Sub', 'Mul']);
  });
});
