import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Squeeze gradient', () => {
  it('puts back the squeezed axis of [2,1,3]', async () => {
    await checkGradient({ op: 'Squeeze', attrs: { axis: [1] }, inputs: [{ shape: [2, 1, 3] }], reference: (x) => tf.squeeze(x, [1]) });
  });
  it('puts back every size-1 axis of a [?,1] column whose output rank is unknown', async () => {
    const { diff } = await checkGradient({ op: 'Squeeze', inputs: [{ shape: [4, 1], staticShape: [null, 1] }], reference: (x) => tf.squeeze(x) });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op)).toEqual(['ReshapeLike']);
  });
});
