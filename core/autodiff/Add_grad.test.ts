import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const add = (x: tf.Tensor, y: tf.Tensor) => tf.add(x, y);

describe('Add gradient', () => {
  it('passes dy to both inputs of the same shape', async () => {
    await checkGradient({ op: 'Add', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: add });
  });

  it('sums over the broadcast axes of [3,1] + [1,4]', async () => {
    const { diff } = await checkGradient({ op: 'Add', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }], reference: add });
    expect(diff.doc.nodes.filter((n) => n.op === 'SumToShapeOf').map((n) => n.name)).toEqual(['gradients/op_grad/SumToShapeOf', 'gradients/op_grad/SumToShapeOf_1']);
  });

  it('sums a bias [3] over a batch fed at run time into [?,3]', async () => {
    const { diff } = await checkGradient({ op: 'Add', inputs: [{ shape: [5, 3], staticShape: [null, 3] }, { shape: [3] }], reference: add });
    // Only the bias needs a reduction: the batch input's gradient is dy itself.
    expect(diff.doc.nodes.filter((n) => n.op === 'SumToShapeOf')).toHaveLength(1);
  });

  it('finds the broadcast axes at run time when every dim is unknown', async () => {
    await checkGradient({ op: 'Add', inputs: [{ shape: [3, 1], staticShape: [null, null] }, { shape: [1, 4], staticShape: [null, null] }], reference: add });
  });

  it('sums a scalar over everything', async () => {
    await checkGradient({ op: 'Add', inputs: [{ shape: [] }, { shape: [2, 3] }], reference: add });
  });
});
