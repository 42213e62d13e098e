import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, type OpCase, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** Runs the op and checks the run-time shape against the statically inferred one. */
function run(c: OpCase): tf.Tensor[] {
  const outs = runOp(c);
  const inferred = analyzeOp(c).outputs;
  outs.forEach((t, i) => expect(t.shape).toEqual(inferred?.[i].shape));
  return outs;
}

/** Rows of the last axis as float64 arrays. */
async function rows(t: tf.Tensor): Promise<number[][]> {
  const k = t.shape[t.shape.length - 1];
  const data = Array.from(await t.data());
  return Array.from({ length: data.length / k }, (_, r) => data.slice(r * k, (r + 1) * k));
}

/** -sum_j z_j * log(exp(x_j) / sum_i exp(x_i)), written out in float64 with the max shifted out. */
async function softmaxCrossEntropy(labels: tf.Tensor, logits: tf.Tensor): Promise<tf.Tensor> {
  const [zs, xs] = await Promise.all([rows(labels), rows(logits)]);
  const losses = xs.map((x, r) => {
    const m = Math.max(...x);
    const logSum = m + Math.log(x.reduce((s, v) => s + Math.exp(v - m), 0));
    return -x.reduce((s, v, j) => s + zs[r][j] * (v - logSum), 0);
  });
  return tf.tensor(losses, logits.shape.slice(0, -1), 'float32');
}

/** -(z log(sigmoid(x)) + (1 - z) log(1 - sigmoid(x))), the textbook logistic loss, in float64. */
async function sigmoidCrossEntropy(labels: tf.Tensor, logits: tf.Tensor): Promise<tf.Tensor> {
  const [z, x] = await Promise.all([labels.data(), logits.data()]);
  const loss = Array.from(x, (v, i) => {
    const p = 1 / (1 + Math.exp(-v));
    return -(z[i] * Math.log(p) + (1 - z[i]) * Math.log(1 - p));
  });
  return tf.tensor(loss, logits.shape, 'float32');
}

describe('SoftmaxCrossEntropyWithLogits lowering', () => {
  for (const shape of [[4, 3], [1, 10], [2, 3, 5], [6]]) {
    it(`matches the cross-entropy formula on one-hot labels of shape [${shape}]`, async () => {
      const k = shape[shape.length - 1];
      const logits = tf.randomNormal(shape, 0, 2, 'float32', 3);
      const classes = tf.randomUniform(shape.slice(0, -1), 0, k, 'int32', 4);
      const labels = tf.cast(tf.oneHot(classes, k), 'float32');
      const [loss] = run({ op: 'SoftmaxCrossEntropyWithLogits', inputs: [labels, logits] });
      await expectTensorsClose(loss, await softmaxCrossEntropy(labels, logits), 1e-5);
    });
  }

  it('accepts soft labels (any distribution) behind a ? batch', async () => {
    const logits = tf.randomNormal([5, 4], 0, 1, 'float32', 5);
    const labels = tf.softmax(tf.randomNormal([5, 4], 0, 1, 'float32', 6));
    const [loss] = runOp({ op: 'SoftmaxCrossEntropyWithLogits', inputs: [labels, logits], staticShapes: [[null, 4], [null, 4]] });
    await expectTensorsClose(loss, await softmaxCrossEntropy(labels, logits), 1e-5);
  });

  it('stays finite and exact for huge logits, where a naive softmax overflows', async () => {
    const logits = tf.tensor2d([[1000, 0, -1000], [-500, 500, 0]]);
    const labels = tf.tensor2d([[0, 1, 0], [0, 1, 0]]);
    const [loss] = run({ op: 'SoftmaxCrossEntropyWithLogits', inputs: [labels, logits] });
    // Row 1: log-softmax of the labelled class is 0 - 1000; row 2: the labelled class wins outright.
    await expectTensorsClose(loss, tf.tensor1d([1000, 0]), 1e-6);
  });
});

describe('SigmoidCrossEntropyWithLogits lowering', () => {
  for (const shape of [[4, 1], [3, 5], [7]]) {
    it(`matches the logistic-loss formula on shape [${shape}]`, async () => {
      const logits = tf.randomNormal(shape, 0, 3, 'float32', 8);
      const labels = tf.randomUniform(shape, 0, 1, 'float32', 9);
      const [loss] = run({ op: 'SigmoidCrossEntropyWithLogits', inputs: [labels, logits] });
      await expectTensorsClose(loss, await sigmoidCrossEntropy(labels, logits), 1e-5);
    });
  }

  it('matches on the XOR table with 0/1 labels behind a ? batch', async () => {
    const logits = tf.tensor2d([[-2], [0.5], [1.5], [-0.1]]);
    const labels = tf.tensor2d([[0], [1], [1], [0]]);
    const [loss] = runOp({ op: 'SigmoidCrossEntropyWithLogits', inputs: [labels, logits], staticShapes: [[null, 1], [null, 1]] });
    await expectTensorsClose(loss, await sigmoidCrossEntropy(labels, logits), 1e-6);
  });

  it('gives the finite limit |x| for a confident wrong score, where the textbook form gives Infinity', async () => {
    const logits = tf.tensor1d([100, -100, 100, -100]);
    const labels = tf.tensor1d([0, 1, 1, 0]);
    const [loss] = run({ op: 'SigmoidCrossEntropyWithLogits', inputs: [labels, logits] });
    const data = Array.from(await loss.data());
    expect(data.every(Number.isFinite)).toBe(true);
    // max(x,0) - x*z + log(1+exp(-|x|)): 100 + tiny, 100 + tiny, then exp(-100) ~ 0 for the right answers.
    await expectTensorsClose(loss, tf.tensor1d([100, 100, 0, 0]), 1e-6);
  });
});
