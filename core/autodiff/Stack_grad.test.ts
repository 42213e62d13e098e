import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Stack gradient', () => {
  it('unstacks dy along axis 0', async () => {
    const { diff } = await checkGradient({ op: 'Stack', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }, { shape: [2, 3] }], reference: (...xs) => tf.stack(xs, 0) });
    expect(diff.doc.nodes.filter((n) => n.op === 'UnstackAt').map((n) => n.name)).toEqual(['gradients/op_grad/UnstackAt', 'gradients/op_grad/UnstackAt_1', 'gradients/op_grad/UnstackAt_2']);
  });
  it('unstacks along the new last axis (-1)', async () => {
    await checkGradient({ op: 'Stack', attrs: { axis: -1 }, inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: (a, b) => tf.stack([a, b], -1) });
  });
  it('works on [?,2] batches', async () => {
    await checkGradient({ op: 'Stack', attrs: { axis: 1 }, inputs: [{ shape: [3, 2], staticShape: [null, 2] }, { shape: [3, 2], staticShape: [null, 2] }], reference: (a, b) => tf.stack([a, b], 1) });
  });
});
