import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const grads = (diff: { doc: { nodes: { id: string; op: string }[] } }) => diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op);

describe('ReduceMean gradient', () => {
  it('divides by a constant count when the shape is known', async () => {
    const { diff } = await checkGradient({ op: 'ReduceMean', inputs: [{ shape: [2, 3] }], reference: (x) => tf.mean(x) });
    expect(grads(diff)).toEqual(['BroadcastLike', 'Constant', 'Div']);
    expect(diff.doc.nodes.find((n) => n.op === 'Constant' && n.id.startsWith('grad:'))?.attrs.value).toBe(6);
  });
  it('averages along axis 1, with and without keepDims', async () => {
    await checkGradient({ op: 'ReduceMean', attrs: { axis: [1] }, inputs: [{ shape: [2, 4] }], reference: (x) => tf.mean(x, 1) });
    await checkGradient({ op: 'ReduceMean', attrs: { axis: [-1], keepDims: true }, inputs: [{ shape: [2, 4] }], reference: (x) => tf.mean(x, -1, true) });
  });
  it('counts the batch at run time for the cost of a [?] batch', async () => {
    const { diff } = await checkGradient({ op: 'ReduceMean', inputs: [{ shape: [5], staticShape: [null] }], reference: (x) => tf.mean(x) });
    expect(grads(diff)).toEqual(['BroadcastLike', 'ReductionSize', 'Div']);
  });
  it('counts only the reduced unknown axis of [?,3]', async () => {
    await checkGradient({ op: 'ReduceMean', attrs: { axis: [0] }, inputs: [{ shape: [4, 3], staticShape: [null, 3] }], reference: (x) => tf.mean(x, 0) });
    await checkGradient({ op: 'ReduceMean', attrs: { axis: [1] }, inputs: [{ shape: [4, 3], staticShape: [null, 3] }], reference: (x) => tf.mean(x, 1) });
  });
});
