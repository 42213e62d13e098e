import * as tf from '@tensorflow/tfjs-core';
import * as adagradWasm from './adagradWasm.ts';
import { fusedUpdate, registerFusedPass } from './fusedUpdate.ts';
import { slot, type UpdateRule } from './updateRule.ts';

const PASS = registerFusedPass({ name: 'adagrad', source: adagradWasm, slots: 1 });

/**
 * TF1 ApplyAdagrad: accum += grad^2; var -= lr * grad / sqrt(accum), accum
 * starting at initialAccumulatorValue. (tfjs adds an epsilon under the root;
 * TF1's AdagradOptimizer does not.) On wasm the same arithmetic runs as one
 * fused pass (fusedUpdate.ts).
 */
export const adagrad: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, initialAccumulatorValue } }) => {
  const accum = slot(slots, 'accumulator', () => tf.fill(value.shape, initialAccumulatorValue));
  const fused = fusedUpdate(PASS, value, gradient, [accum], [lr]);
  if (fused) {
    accum.assign(fused[1]);
    return fused[0];
  }
  return adagradOpByOp(value, gradient, accum, lr);
};

/** The same update as tfjs ops, for the other backends. */
export function adagradOpByOp(value: tf.Tensor, gradient: tf.Tensor, accum: tf.Variable, lr: number): tf.Tensor {
  const newAccum = tf.add(accum, tf.square(gradient));
  accum.assign(newAccum);
  return tf.sub(value, tf.mul(tf.mul(gradient, lr), tf.rsqrt(newAccum)));
}
