import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('AddN gradient', () => {
  it('gives dy to every input', async () => {
    const addN = (...xs: tf.Tensor[]) => tf.addN(xs);
    const { diff } = await checkGradient({ op: 'AddN', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }, { shape: [2, 3] }], reference: addN });
    // No node is needed: each input's gradient is dy itself.
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:'))).toEqual([]);
  });
  it('works on a [?,2] batch', async () => {
    await checkGradient({ op: 'AddN', inputs: [{ shape: [3, 2], staticShape: [null, 2] }, { shape: [3, 2], staticShape: [null, 2] }], reference: (a, b) => tf.addN([a, b]) });
  });
});
