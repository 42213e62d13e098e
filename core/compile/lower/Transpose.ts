import * as tf from '@tensorflow/tfjs-core';
import { Transpose } from '../../ops/Transpose.ts';
import { defineLowering } from '../lowering.ts';
import { transposeMatrix } from './wasm/transpose.ts';

/** A null perm reverses the dimensions, which is also tfjs's default; a matrix's transpose on wasm is our SIMD pass. */
export const TransposeLowering = defineLowering(Transpose, ({ perm }, { backend }) => {
  const swapsTwo = perm === null || perm === undefined || (perm.length === 2 && perm[0] === 1 && perm[1] === 0);
  if (backend === 'wasm' && swapsTwo) return ([x]) => (x.rank === 2 ? transposeMatrix(x) : tf.transpose(x, perm ?? undefined));
  return ([x]) => tf.transpose(x, perm ?? undefined);
});
