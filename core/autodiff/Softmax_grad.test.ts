import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Softmax gradient', () => {
  it('matches along the last axis', async () => {
    await checkGradient({ op: 'Softmax', inputs: [{ shape: [2, 4] }], reference: (x) => tf.softmax(x) });
  });
  it('matches along axis 0', async () => {
    const toLast = (x: tf.Tensor) => tf.transpose(tf.softmax(tf.transpose(x)));
    await checkGradient({ op: 'Softmax', attrs: { axis: 0 }, inputs: [{ shape: [3, 2] }], reference: toLast });
  });
  it('matches on a [?,5] batch', async () => {
    const { diff } = await checkGradient({ op: 'Softmax', inputs: [{ shape: [3, 5], staticShape: [null, 5] }], reference: (x) => tf.softmax(x), seed: 4 });
    expect(diff.doc.nodes.find((n) => n.op === 'ReduceSum')?.attrs).toEqual({ axis: [-1], keepDims: true });
  });
});
