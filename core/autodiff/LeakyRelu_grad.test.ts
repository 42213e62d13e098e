import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('LeakyRelu gradient', () => {
  it('passes alpha * dy below zero with the course slope 0.1', async () => {
    const { diff } = await checkGradient({ op: 'LeakyRelu', attrs: { alpha: 0.1 }, inputs: [{ shape: [2, 3], awayFromZero: 0.1 }], reference: (x) => tf.leakyRelu(x, 0.1) });
    expect(diff.doc.nodes.find((n) => n.op === 'LeakyReluGrad')?.attrs).toEqual({ alpha: 0.1 });
  });
  it('uses the default alpha 0.2 on a [?,4] batch', async () => {
    await checkGradient({ op: 'LeakyRelu', inputs: [{ shape: [3, 4], staticShape: [null, 4], awayFromZero: 0.1 }], reference: (x) => tf.leakyRelu(x, 0.2), seed: 2 });
  });
});
