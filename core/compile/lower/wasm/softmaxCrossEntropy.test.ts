import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { softmaxCrossEntropyWasm } from './softmaxCrossEntropy.ts';

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

/** The loss in float64 from the same float32 inputs, the stable way. */
function exactLoss(labels: Float32Array, logits: Float32Array, classes: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < logits.length / classes; r++) {
    const row = Array.from(logits.subarray(r * classes, (r + 1) * classes));
    const m = Math.max(...row);
    const logSum = Math.log(row.reduce((s, x) => s + Math.exp(x - m), 0));
    out.push(row.reduce((s, x, j) => s + labels[r * classes + j] * (logSum - (x - m)), 0));
  }
  return out;
}

describe('SoftmaxCrossEntropyWithLogits as a pass on wasm', () => {
  for (const shape of [[100, 10], [3, 7], [2, 3, 5], [4]])
    it(`is the float64 loss rounded, and tfjs's within float32 rounding: [${shape}]`, () => {
      const classes = shape[shape.length - 1];
      const logits = tf.mul(tf.randomNormal(shape, 0, 1, 'float32', 1), 8);
      const labels = tf.softmax(tf.randomNormal(shape, 0, 3, 'float32', 2));
      const loss = softmaxCrossEntropyWasm(labels, logits)!;
      expect(loss.shape).toEqual(shape.slice(0, -1));
      const exact = exactLoss(labels.dataSync() as Float32Array, logits.dataSync() as Float32Array, classes);
      const got = Array.from(loss.dataSync());
      got.forEach((v, i) => expect(Math.abs(v - exact[i])).toBeLessThanOrEqual(Math.abs(exact[i]) * 2 ** -23 + 1e-12));
      const tfjs = tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(logits, -1)), -1)).dataSync();
      got.forEach((v, i) => expect(Math.abs(v - tfjs[i])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(v))));
    });

  it('cannot overflow on large logits, and gives NaN for a NaN logit as TF does', () => {
    const logits = tf.tensor([[1000, 0, -1000], [Number.NaN, 1, 2]]);
    const labels = tf.tensor([[0, 1, 0], [1, 0, 0]]);
    const [big, nan] = Array.from(softmaxCrossEntropyWasm(labels, logits)!.dataSync());
    expect(big).toBe(1000);
    expect(nan).toBeNaN();
  });

  it('leaves to tfjs what does not fit: broadcast labels, other dtypes, other backends', async () => {
    expect(softmaxCrossEntropyWasm(tf.ones([1, 3]), tf.ones([2, 3]))).toBeUndefined();
    expect(softmaxCrossEntropyWasm(tf.ones([2, 3], 'int32'), tf.ones([2, 3], 'int32'))).toBeUndefined();
    await useBackend('cpu');
    expect(softmaxCrossEntropyWasm(tf.ones([2, 3]), tf.ones([2, 3]))).toBeUndefined();
    await useBackend('wasm');
  });
});
