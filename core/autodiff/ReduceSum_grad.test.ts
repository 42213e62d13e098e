import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('ReduceSum gradient', () => {
  it('spreads dy over everything for axis null', async () => {
    await checkGradient({ op: 'ReduceSum', inputs: [{ shape: [2, 3] }], reference: (x) => tf.sum(x) });
  });
  it('spreads dy along axis 1, with and without keepDims', async () => {
    await checkGradient({ op: 'ReduceSum', attrs: { axis: [1] }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.sum(x, 1) });
    await checkGradient({ op: 'ReduceSum', attrs: { axis: [1], keepDims: true }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.sum(x, 1, true) });
  });
  it('handles several and negative axes of a rank-3 tensor', async () => {
    await checkGradient({ op: 'ReduceSum', attrs: { axis: [0, -1] }, inputs: [{ shape: [2, 3, 2] }], reference: (x) => tf.sum(x, [0, 2]) });
  });
  it('sums a [?,3] batch over the unknown axis', async () => {
    const { diff } = await checkGradient({ op: 'ReduceSum', attrs: { axis: [0] }, inputs: [{ shape: [4, 3], staticShape: [null, 3] }], reference: (x) => tf.sum(x, 0) });
    expect(diff.doc.nodes.find((n) => n.id.startsWith('grad:'))?.op).toBe('BroadcastLike');
  });
});
