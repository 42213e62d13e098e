import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Concat gradient', () => {
  it('cuts dy into the pieces of [2,3] and [2,2] joined on axis 1', async () => {
    const { diff } = await checkGradient({ op: 'Concat', attrs: { axis: 1 }, inputs: [{ shape: [2, 3] }, { shape: [2, 2] }], reference: (a, b) => tf.concat([a, b], 1) });
    expect(diff.doc.nodes.filter((n) => n.op === 'ConcatSlice').map((n) => n.attrs)).toEqual([{ axis: 1, index: 0 }, { axis: 1, index: 1 }]);
  });
  it('finds the offsets at run time when batches of unknown size are joined on axis 0', async () => {
    const inputs = [{ shape: [2, 3], staticShape: [null, 3] }, { shape: [1, 3] }, { shape: [3, 3], staticShape: [null, 3] }];
    await checkGradient({ op: 'Concat', attrs: { axis: 0 }, inputs, reference: (a, b, c) => tf.concat([a, b, c], 0) });
  });
  it('handles a negative axis', async () => {
    await checkGradient({ op: 'Concat', attrs: { axis: -1 }, inputs: [{ shape: [2, 1] }, { shape: [2, 3] }], reference: (a, b) => tf.concat([a, b], -1) });
  });
});
