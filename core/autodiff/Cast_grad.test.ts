import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('Cast gradient', () => {
  it('passes dy through a float32 -> float32 Cast', async () => {
    const { diff } = await checkGradient({ op: 'Cast', attrs: { dtype: 'float32' }, inputs: [{ shape: [2, 3] }], reference: (x) => tf.cast(x, 'float32') });
    expect(diff.notes).toEqual([]);
  });
});
