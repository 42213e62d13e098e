import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('ExpandDims gradient', () => {
  it('drops the inserted axis of [2,3] -> [2,1,3]', async () => {
    await checkGradient({ op: 'ExpandDims', attrs: { axis: 1 }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.expandDims(x, 1) });
  });
  it('drops a trailing axis on a [?,3] batch', async () => {
    const { diff } = await checkGradient({ op: 'ExpandDims', attrs: { axis: -1 }, inputs: [{ shape: [4, 3], staticShape: [null, 3] }], reference: (x) => tf.expandDims(x, -1) });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op)).toEqual(['ReshapeLike']);
  });
});
