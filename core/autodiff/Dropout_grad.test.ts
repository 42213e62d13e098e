import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';
import { runOp } from '../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** The 0/1 mask the Dropout node draws at step 0 of a session with seed 0: both harnesses build the same node ids. */
async function keptBits(x: number[], shape: number[], keep: number): Promise<tf.Tensor> {
  const [y, mask] = runOp({ op: 'Dropout', inputs: [tf.tensor(x, shape), tf.scalar(keep)] });
  const bits = tf.mul(mask, keep).round();
  tf.dispose([y, mask]);
  return bits;
}

describe('Dropout gradient', () => {
  it('passes dy through the same mask, scaled by 1/keep, and differentiates keep_prob too', async () => {
    const x = [0.5, -1.2, 2, 0.3, -0.7, 1.1, 0.9, -0.4, 1.5, -2, 0.8, 0.2];
    const keep = 0.6;
    const bits = await keptBits(x, [3, 4], keep);
    const kept = Array.from(await bits.data()).reduce((n, b) => n + b, 0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(12);
    const { diff } = await checkGradient({
      op: 'Dropout',
      inputs: [{ shape: [3, 4], values: x }, { shape: [], values: [keep] }],
      reference: (xs, k) => tf.div(tf.mul(xs, bits), k),
      h: 1e-3,
    });
    // dx is one Mul by the forward node's mask output: the mask is not drawn again.
    const mul = diff.doc.nodes.find((n) => n.name === 'gradients/op_grad/Mul')!;
    expect(diff.doc.edges.find((e) => e.target === mul.id && e.targetInput === 'y')).toMatchObject({ source: 'n2', sourceOutput: 'mask' });
    bits.dispose();
  });

  it('is the identity with keep 1, as in evaluation', async () => {
    await checkGradient({ op: 'Dropout', inputs: [{ shape: [2, 3, 2] }, { shape: [], values: [1], wrt: false }], reference: (xs) => tf.mul(xs, 1) });
  });
});
