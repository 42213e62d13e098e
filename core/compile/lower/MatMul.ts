import * as tf from '@tensorflow/tfjs-core';
import { MatMul } from '../../ops/MatMul.ts';
import { defineLowering } from '../lowering.ts';
import { transposeMatrix } from './wasm/transpose.ts';

/**
 * On wasm, matMul with transpose flags skips XNNPACK and runs ~20x slower per
 * call than an explicit transpose followed by a plain matMul (bench/matmul),
 * the transpose a SIMD pass of our own (wasm/transpose.ts). WebGL and the
 * others handle the flags natively, so keep them there.
 */
export function prefersExplicitTranspose(backend: string): boolean {
  return backend === 'wasm';
}

export const MatMulLowering = defineLowering(MatMul, ({ transposeA, transposeB }, { backend }) => {
  if (!transposeA && !transposeB) return ([a, b]) => tf.matMul(a, b);
  if (prefersExplicitTranspose(backend)) {
    return ([a, b]) => tf.matMul(transposeA ? transposeMatrix(a) : a, transposeB ? transposeMatrix(b) : b);
  }
  return ([a, b]) => tf.matMul(a, b, transposeA, transposeB);
});
