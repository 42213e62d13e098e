import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('MatMul gradient', () => {
  for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]]) {
    it(`matches with transposeA=${ta}, transposeB=${tb}`, async () => {
      await checkGradient({
        op: 'MatMul',
        attrs: { transposeA: ta, transposeB: tb },
        inputs: [{ shape: ta ? [4, 3] : [3, 4] }, { shape: tb ? [2, 4] : [4, 2] }],
        reference: (a, b) => tf.matMul(a, b, ta, tb),
      });
    });
  }

  it('matches a dense layer [?,3] x [3,2] with the batch fed at run time', async () => {
    const { diff } = await checkGradient({ op: 'MatMul', inputs: [{ shape: [5, 3], staticShape: [null, 3] }, { shape: [3, 2] }], reference: (a, b) => tf.matMul(a, b) });
    const names = diff.doc.nodes.filter((n) => n.op === 'MatMul' && n.id.startsWith('grad:')).map((n) => [n.name, n.attrs]);
    expect(names).toEqual([
      ['gradients/op_grad/MatMul', { transposeA: false, transposeB: true }],
      ['gradients/op_grad/MatMul_1', { transposeA: true, transposeB: false }],
    ]);
  });
});
