import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

// tfjs-wasm's own MaxPoolGrad is wrong for windows of negative values, so the oracle runs on cpu.
const pool = (k: number, s: number, pad: 'same' | 'valid') => (x: tf.Tensor) => tf.maxPool(x as tf.Tensor4D, k, s, pad);

describe('MaxPool gradient', () => {
  it('sends each window\'s gradient to its maximum, negative windows included (2x2, stride 2, SAME, odd size)', async () => {
    await checkGradient({ op: 'MaxPool', inputs: [{ shape: [2, 5, 5, 3], range: [-3, 1] }], reference: pool(2, 2, 'same'), oracleBackend: 'cpu', h: 1e-3 });
  });
  it('adds up where 3x3 windows with stride 1 overlap (VALID)', async () => {
    await checkGradient({
      op: 'MaxPool',
      attrs: { ksize: [1, 3, 3, 1], strides: [1, 1, 1, 1], padding: 'VALID' },
      inputs: [{ shape: [1, 5, 4, 2] }],
      reference: pool(3, 1, 'valid'),
      oracleBackend: 'cpu',
      h: 1e-3,
    });
  });
  it('works on a [?,4,4,2] batch and is one MaxPoolGrad fed the input and output', async () => {
    const { diff } = await checkGradient({ op: 'MaxPool', inputs: [{ shape: [3, 4, 4, 2], staticShape: [null, 4, 4, 2] }], reference: pool(2, 2, 'same'), oracleBackend: 'cpu', h: 1e-3 });
    const grads = diff.doc.nodes.filter((n) => n.id.startsWith('grad:'));
    expect(grads.map((n) => n.op)).toEqual(['MaxPoolGrad']);
    expect(diff.doc.edges.filter((e) => e.target === grads[0].id).map((e) => e.targetInput)).toEqual(['input', 'output', 'dy']);
  });
});
