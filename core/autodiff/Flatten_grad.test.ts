import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Flatten gradient', () => {
  it('reshapes dy back to a [?,2,3,2] batch read at run time', async () => {
    const { diff } = await checkGradient({ op: 'Flatten', inputs: [{ shape: [3, 2, 3, 2], staticShape: [null, 2, 3, 2] }], reference: (x) => tf.reshape(x, [3, 12]) });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => n.op)).toEqual(['ReshapeLike']);
  });
});
