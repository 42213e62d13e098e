import * as tf from '@tensorflow/tfjs-core';
import { ReluGrad } from '../../ops/ReluGrad.ts';
import { defineLowering } from '../lowering.ts';
import { reluGradWasm } from './wasm/reluGrad.ts';

/**
 * dy times 1 where x > 0 and 0 elsewhere, TF's ReluGrad rule (0 at exactly 0):
 * on wasm one SIMD pass (wasm/reluGrad.ts), elsewhere tf.mul(dy, tf.step(x)).
 */
export const ReluGradLowering = defineLowering(ReluGrad, (_attrs, { backend }) => {
  const portable = (dy: tf.Tensor, x: tf.Tensor) => tf.mul(dy, tf.step(x));
  if (backend === 'wasm') return ([dy, x]) => reluGradWasm(dy, x) ?? portable(dy, x);
  return ([dy, x]) => portable(dy, x);
});
