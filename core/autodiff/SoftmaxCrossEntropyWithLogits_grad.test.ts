import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Rows of probabilities (each sums to 1), as labels are: one-hot or smoothed. */
function distributions(rows: number, classes: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    const raw = Array.from({ length: classes }, (_, c) => ((r * 3 + c * 5) % 7) + 1);
    const total = raw.reduce((a, b) => a + b, 0);
    out.push(...raw.map((v) => Math.fround(v / total)));
  }
  return out;
}
const crossEntropy = (labels: tf.Tensor, logits: tf.Tensor) => tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(logits)), -1));

describe('SoftmaxCrossEntropyWithLogits gradient', () => {
  it('gives dy * (softmax - labels) to the logits and dy * -log_softmax to the labels', async () => {
    await checkGradient({ op: 'SoftmaxCrossEntropyWithLogits', inputs: [{ shape: [3, 4], values: distributions(3, 4) }, { shape: [3, 4] }], reference: crossEntropy });
  });
  it('works on a [?,5] batch with one-hot labels and logits only', async () => {
    const oneHot = [0, 1, 0, 0, 0, 0, 0, 0, 0, 1];
    const { diff } = await checkGradient({
      op: 'SoftmaxCrossEntropyWithLogits',
      inputs: [{ shape: [2, 5], staticShape: [null, 5], values: oneHot, wrt: false }, { shape: [2, 5], staticShape: [null, 5] }],
      reference: crossEntropy,
    });
    // Only the logits' gradient is built: the labels' would need log-softmax nodes.
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op)).toEqual(['ExpandDims', 'Softmax', 'Sub', 'Mul']);
  });
  it('stays finite for very confident logits', async () => {
    await checkGradient({ op: 'SoftmaxCrossEntropyWithLogits', inputs: [{ shape: [1, 3], values: distributions(1, 3) }, { shape: [1, 3], values: [30, -20, 5] }], reference: crossEntropy });
  });
});
