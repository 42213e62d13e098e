import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const f = (x: tf.Tensor) => tf.elu(x);

describe('Elu gradient', () => {
  it('matches on a [2,3] matrix', async () => {
    await checkGradient({ op: 'Elu', inputs: [{ shape: [2, 3], awayFromZero: 0.1 }], reference: f });
  });
  it('matches on a [?,4] batch fed with 3 rows', async () => {
    await checkGradient({ op: 'Elu', inputs: [{ shape: [3, 4], staticShape: [null, 4], awayFromZero: 0.1 }], reference: f, seed: 2 });
  });
  it('is one EluGrad node named like TF1', async () => {
    const { diff } = await checkGradient({ op: 'Elu', inputs: [{ shape: [4], awayFromZero: 0.1 }], reference: f, seed: 3 });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => `${n.op} ${n.name}`)).toEqual(['EluGrad gradients/op_grad/EluGrad']);
  });
});
