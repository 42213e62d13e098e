import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const sub = (x: tf.Tensor, y: tf.Tensor) => tf.sub(x, y);

describe('Sub gradient', () => {
  it('gives dy to x and -dy to y', async () => {
    await checkGradient({ op: 'Sub', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }], reference: sub });
  });
  it('sums over broadcast axes of [3,1] - [1,4]', async () => {
    await checkGradient({ op: 'Sub', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }], reference: sub });
  });
  it('handles [?,3] - [3] with the batch fed at run time', async () => {
    const { diff } = await checkGradient({ op: 'Sub', inputs: [{ shape: [4, 3], staticShape: [null, 3] }, { shape: [3] }], reference: sub });
    expect(diff.doc.nodes.filter((n) => n.op === 'SumToShapeOf')).toHaveLength(1);
  });
});
