import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { analyzeOp, expectTensorsClose, runOp } from '../../../test/opHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('MatMul lowering', () => {
  for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]]) {
    it(`matches tf.matMul with transposeA=${ta}, transposeB=${tb}`, async () => {
      const a = tf.randomNormal(ta ? [4, 3] : [3, 4], 0, 1, 'float32', 1);
      const b = tf.randomNormal(tb ? [5, 4] : [4, 5], 0, 1, 'float32', 2);
      const [out] = runOp({ op: 'MatMul', attrs: { transposeA: ta, transposeB: tb }, inputs: [a, b] });
      await expectTensorsClose(out, tf.matMul(a, b, ta, tb), 1e-5);
    });
  }

  it('infers [?,k] x [k,m] -> [?,m] and names the inner dimensions on a mismatch', () => {
    const ok = analyzeOp({ op: 'MatMul', inputs: [tf.zeros([2, 3]), tf.zeros([3, 1])], staticShapes: [[null, 3], [3, 1]] });
    expect(ok.outputs).toEqual([{ dtype: 'float32', shape: [null, 1] }]);
    const bad = analyzeOp({ op: 'MatMul', inputs: [tf.zeros([2, 3]), tf.zeros([2, 1])], staticShapes: [[null, 3], [2, 1]] });
    expect(bad.analysis.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('MatMul [?,3] x [2,1]: inner dimensions 3 and 2 differ'));
  });

  for (const backend of ['wasm', 'cpu'] as const) {
    it(`multiplies int32 matrices exactly on ${backend}, transposed or not, wrapping like TF's int32`, async () => {
      await useBackend(backend);
      try {
        const a = tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32');
        for (const [ta, tb, expected] of [[false, false, [7, 10, 15, 22]], [true, false, [10, 14, 14, 20]], [false, true, [5, 11, 11, 25]]] as const) {
          const [out] = runOp({ op: 'MatMul', attrs: { transposeA: ta, transposeB: tb }, inputs: [a, a] });
          expect([out.dtype, out.shape, Array.from(await out.data())]).toEqual(['int32', [2, 2], expected]);
        }
        // 46341^2 + 1 overflows int32 and wraps, as TF's int32 MatMul does; float32 would round it.
        const [big] = runOp({ op: 'MatMul', inputs: [tf.tensor2d([[46341, 1]], [1, 2], 'int32'), tf.tensor2d([[46341], [1]], [2, 1], 'int32')] });
        expect(Array.from(await big.data())).toEqual([-2147479014]);
      } finally {
        await useBackend('wasm', 'cpu');
      }
    });
  }
});
