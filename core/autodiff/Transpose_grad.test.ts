import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Transpose gradient', () => {
  it('transposes back a matrix with the default (reversing) perm', async () => {
    await checkGradient({ op: 'Transpose', inputs: [{ shape: [2, 3] }], reference: (x) => tf.transpose(x) });
  });
  it('applies the inverse of a 3-cycle perm', async () => {
    const { diff } = await checkGradient({ op: 'Transpose', attrs: { perm: [1, 2, 0] }, inputs: [{ shape: [2, 3, 4] }], reference: (x) => tf.transpose(x, [1, 2, 0]) });
    expect(diff.doc.nodes.find((n) => n.id.startsWith('grad:'))?.attrs).toEqual({ perm: [2, 0, 1] });
  });
  it('works on a [?,3] batch', async () => {
    await checkGradient({ op: 'Transpose', attrs: { perm: [1, 0] }, inputs: [{ shape: [4, 3], staticShape: [null, 3] }], reference: (x) => tf.transpose(x, [1, 0]) });
  });
});
