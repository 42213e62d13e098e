import * as tf from '@tensorflow/tfjs-core';
import { MatMul } from '../../ops/MatMul.ts';
import { defineLowering } from '../lowering.ts';
import { matMulPassOn, matMulWasm } from './wasm/matMul.ts';
import { transposeMatrix } from './wasm/transpose.ts';

/**
 * On wasm, matMul with transpose flags skips XNNPACK and runs ~20x slower per
 * call than an explicit transpose followed by a plain matMul (bench/matmul),
 * the transpose a SIMD pass of our own (wasm/transpose.ts), and the product
 * itself a SIMD pass (wasm/matMul.ts) where it fits, as XNNPACK's repacks the
 * right operand of every new tensor. WebGL and the others handle the flags
 * natively, so keep them there.
 */
export function prefersExplicitTranspose(backend: string): boolean {
  return backend === 'wasm';
}

/**
 * An int32 product, exact and wrapping like TF's: tfjs-wasm has no int32
 * matMul ("not yet supported") and the cpu backend's goes through floats, so
 * multiply element by element ([n,k,1] x [1,k,m]) and sum over k in int32.
 * It takes n*k*m memory, which is fine for the small integer matrices of lessons.
 */
function intMatMul(a: tf.Tensor, b: tf.Tensor, transposeA: boolean, transposeB: boolean): tf.Tensor {
  const left = transposeA ? tf.transpose(a) : a;
  const right = transposeB ? tf.transpose(b) : b;
  return tf.sum(tf.mul(tf.expandDims(left, 2), tf.expandDims(right, 0)), 1);
}

export const MatMulLowering = defineLowering(MatMul, ({ transposeA, transposeB }, { backend, inputTypes }) => {
  if (inputTypes[0].dtype === 'int32') return ([a, b]) => intMatMul(a, b, transposeA, transposeB);
  if (prefersExplicitTranspose(backend)) {
    const product = matMulPassOn() ? (a: tf.Tensor, b: tf.Tensor) => matMulWasm(a, b) ?? tf.matMul(a, b) : (a: tf.Tensor, b: tf.Tensor) => tf.matMul(a, b);
    return ([a, b]) => product(transposeA ? transposeMatrix(a) : a, transposeB ? transposeMatrix(b) : b);
  }
  if (!transposeA && !transposeB) return ([a, b]) => tf.matMul(a, b);
  return ([a, b]) => tf.matMul(a, b, transposeA, transposeB);
});
