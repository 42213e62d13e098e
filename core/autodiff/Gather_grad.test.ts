import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

// tfjs's gather gradient needs UnsortedSegmentSum, which wasm lacks: tf.grads runs on cpu.
const oracleBackend = 'cpu';

describe('Gather gradient', () => {
  it('adds dy into the looked-up rows of an embedding, a repeated id twice', async () => {
    const { diff } = await checkGradient({ op: 'Gather', inputs: [{ shape: [5, 3] }, { shape: [2, 3], staticShape: [null, 3], dtype: 'int32', values: [4, 1, 1, 0, 4, 4] }], reference: (p, i) => tf.gather(p, i), oracleBackend });
    expect(diff.doc.nodes.filter((n) => n.op === 'GatherGrad').map((n) => n.attrs)).toEqual([{ axis: 0 }]);
  });
  it('along axis 1 and axis -1', async () => {
    await checkGradient({ op: 'Gather', attrs: { axis: 1 }, inputs: [{ shape: [2, 4, 3] }, { shape: [3], dtype: 'int32', values: [3, 0, 3] }], reference: (p, i) => tf.gather(p, i, 1), oracleBackend, seed: 2 });
    await checkGradient({ op: 'Gather', attrs: { axis: -1 }, inputs: [{ shape: [3, 4] }, { shape: [2, 2], dtype: 'int32', values: [0, 2, 2, 1] }], reference: (p, i) => tf.gather(p, i, 1), oracleBackend, seed: 3 });
  });
});
