import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('LRN gradient', () => {
  it('is one LRNGrad node fed x and y, AlexNet\'s settings on [?,3,3,7]', async () => {
    const attrs = { depthRadius: 2, bias: 2, alpha: 0.1, beta: 0.75 };
    const { diff } = await checkGradient({ op: 'LRN', attrs, inputs: [{ shape: [2, 3, 3, 7], staticShape: [null, 3, 3, 7] }], reference: (x) => tf.localResponseNormalization(x as tf.Tensor4D, 2, 2, 0.1, 0.75) });
    expect(diff.doc.nodes.filter((n) => n.op === 'LRNGrad').map((n) => n.attrs)).toEqual([attrs]);
  });
  it('with TF\'s defaults (radius 5 wider than the 4 channels), oracle on cpu', async () => {
    await checkGradient({ op: 'LRN', inputs: [{ shape: [1, 2, 2, 4] }], reference: (x) => tf.localResponseNormalization(x as tf.Tensor4D), oracleBackend: 'cpu', seed: 2 });
  });
});
