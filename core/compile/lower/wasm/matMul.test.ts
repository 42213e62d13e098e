import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { testBothForms } from '../../../../test/bothWasmForms.ts';
import { useBackend } from '../../../runtime/backend.ts';
import { setWasmForm } from './fusedForm.ts';
import { matMulForm, matMulWasm } from './matMul.ts';

testBothForms();

/** The product in float64, and for each element the bound on a float32 sum of k products: k u sum |a_i b_i| (u = 2^-24). */
function exactProduct(a: Float32Array, b: Float32Array, m: number, k: number, n: number): { exact: Float64Array; bound: Float64Array } {
  const exact = new Float64Array(m * n);
  const bound = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let kk = 0; kk < k; kk++) {
      const x = a[i * k + kk];
      for (let j = 0; j < n; j++) {
        exact[i * n + j] += x * b[kk * n + j];
        bound[i * n + j] += Math.abs(x * b[kk * n + j]);
      }
    }
  return { exact, bound: bound.map((s) => k * 2 ** -24 * s) };
}

describe('matrix product as a SIMD pass on wasm', () => {
  // mnist-xavier's products (forward, weight gradients after the explicit transpose, input gradients), its 10-class layer's and mnist-cnn's;
  // rows left after the fours; columns left after the eights, or fewer than eight; k of 1; no rows.
  const SHAPES: [number, number, number][] = [
    [100, 784, 256], [784, 100, 256], [100, 256, 256], [256, 100, 256], [100, 10, 256], [100, 256, 10], [256, 100, 10], [100, 3136, 10],
    [7, 5, 16], [3, 9, 8], [6, 1, 24], [1, 300, 40], [5, 7, 13], [9, 4, 3], [2, 6, 1], [0, 4, 8],
  ];
  for (const [m, k, n] of SHAPES) {
    it(`gives tf.matMul's bits (XNNPACK's) in the plain form: [${m}, ${k}] x [${k}, ${n}]`, () => {
      setWasmForm('plain');
      const a = tf.randomNormal([m, k], 0, 1, 'float32', m + k);
      const b = tf.randomNormal([k, n], 0, 1, 'float32', n);
      const before = tf.memory().numTensors;
      const c = matMulWasm(a, b)!;
      expect(tf.memory().numTensors).toBe(before + 1);
      const expected = tf.matMul(a, b);
      expect(c.shape).toEqual([m, n]);
      // Summed in XNNPACK's order with its roundings, blocks of k and all: the same bits.
      expect(c.dataSync()).toEqual(expected.dataSync());
      tf.dispose([a, b, c, expected]);
    });
  }

  // k = 300 and 784 cross the 256-row blocks; m of 100, 784 and 256 leave four rows after the sixes, 7 and 5 one.
  for (const [m, k, n] of [...SHAPES, [13, 600, 16], [11, 257, 9]] as [number, number, number][]) {
    it(`the fused form is within float32's bound of the exact product: [${m}, ${k}] x [${k}, ${n}]`, () => {
      setWasmForm('fma');
      expect(matMulForm()).toBe('fma');
      const a = tf.randomNormal([m, k], 0, 1, 'float32', m + k);
      const b = tf.randomNormal([k, n], 0, 1, 'float32', n);
      const c = matMulWasm(a, b)!;
      expect(c.shape).toEqual([m, n]);
      const got = c.dataSync() as Float32Array;
      const { exact, bound } = exactProduct(a.dataSync() as Float32Array, b.dataSync() as Float32Array, m, k, n);
      const worst = got.reduce((w: number, v: number, i: number) => Math.max(w, Math.abs(v - exact[i]) / (bound[i] + 1e-30)), 0);
      expect(worst).toBeLessThanOrEqual(1);
      tf.dispose([a, b, c]);
    });
  }

  it('fuses: its sums differ from the separate multiplies and adds of the plain form', () => {
    const a = tf.randomNormal([12, 784], 0, 1, 'float32', 3);
    const b = tf.randomNormal([784, 16], 0, 1, 'float32', 4);
    setWasmForm('plain');
    const plain = matMulWasm(a, b)!;
    setWasmForm('fma');
    const fused = matMulWasm(a, b)!;
    const [p, f] = [plain.dataSync(), fused.dataSync()];
    expect(p.some((v, i) => v !== f[i])).toBe(true);
    tf.dispose([a, b, plain, fused]);
  });

  it('leaves to tfjs what does not fit: other ranks and dtypes', () => {
    expect(matMulWasm(tf.ones([2, 4, 3]), tf.ones([2, 3, 8]))).toBeUndefined();
    expect(matMulWasm(tf.ones([4, 3], 'int32'), tf.ones([3, 8], 'int32'))).toBeUndefined();
  });

  it('is absent on other backends', async () => {
    await useBackend('cpu');
    expect(matMulWasm(tf.ones([4, 3]), tf.ones([3, 8]))).toBeUndefined();
    await useBackend('wasm');
  });
});
