import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Slice gradient', () => {
  it('puts dy back where the block was, as a PadLike node', async () => {
    const { diff } = await checkGradient({ op: 'Slice', attrs: { begin: [1, 1], size: [2, 2] }, inputs: [{ shape: [4, 3] }], reference: (x) => tf.slice(x, [1, 1], [2, 2]) });
    expect(diff.doc.nodes.filter((n) => n.op === 'PadLike').map((n) => n.attrs)).toEqual([{ begin: [1, 1] }]);
  });
  it('finds the padding at run time for size -1 behind a ? batch', async () => {
    await checkGradient({ op: 'Slice', attrs: { begin: [1, 0, 1], size: [-1, 2, -1] }, inputs: [{ shape: [3, 2, 4], staticShape: [null, 2, 4] }], reference: (x) => tf.slice(x, [1, 0, 1], [2, 2, 3]), seed: 2 });
  });
});
