import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

const f = (x: tf.Tensor) => tf.abs(x);

describe('Abs gradient', () => {
  it('is dy * sign(x) on a [2,3] matrix', async () => {
    await checkGradient({ op: 'Abs', inputs: [{ shape: [2, 3], awayFromZero: 0.1 }], reference: f });
  });
  it('matches on a [?,4] batch fed with 3 rows', async () => {
    await checkGradient({ op: 'Abs', inputs: [{ shape: [3, 4], staticShape: [null, 4], awayFromZero: 0.1 }], reference: f, seed: 2 });
  });
});
