import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Reshape gradient', () => {
  it('reshapes dy back to [2,3]', async () => {
    await checkGradient({ op: 'Reshape', attrs: { shape: [3, 2] }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.reshape(x, [3, 2]) });
  });
  it('reshapes back to [?,2,3] when the batch is only known at run time', async () => {
    const { diff } = await checkGradient({ op: 'Reshape', attrs: { shape: [-1, 6] }, inputs: [{ shape: [2, 2, 3], staticShape: [null, 2, 3] }], reference: (x) => tf.reshape(x, [-1, 6]) });
    expect(diff.doc.nodes.find((n) => n.id.startsWith('grad:'))?.op).toBe('ReshapeLike');
  });
});
