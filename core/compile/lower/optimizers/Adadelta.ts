import * as tf from '@tensorflow/tfjs-core';
import * as adadeltaWasm from './adadeltaWasm.ts';
import { fusedUpdate, registerFusedPass } from './fusedUpdate.ts';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

const PASS = registerFusedPass({ name: 'adadelta', source: adadeltaWasm, slots: 2 });

/**
 * TF1 ApplyAdadelta, both accumulators starting at 0:
 *   accum = rho * accum + (1 - rho) * grad^2
 *   update = sqrt(accum_update + eps) / sqrt(accum + eps) * grad
 *   var -= lr * update
 *   accum_update = rho * accum_update + (1 - rho) * update^2
 * (tfjs's adadelta divides by the previous accum, not the new one.) On wasm
 * the same arithmetic runs as one fused pass (fusedUpdate.ts).
 */
export const adadelta: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, rho, epsilon } }) => {
  const accum = slot(slots, 'accum', () => tf.zerosLike(value));
  const accumUpdate = slot(slots, 'accum_update', () => tf.zerosLike(value));
  const fused = fusedUpdate(PASS, value, gradient, [accum, accumUpdate], [lr, rho, oneMinus(rho), epsilon]);
  if (fused) {
    accum.assign(fused[1]);
    accumUpdate.assign(fused[2]);
    return fused[0];
  }
  return adadeltaOpByOp(value, gradient, accum, accumUpdate, lr, rho, epsilon);
};

/** The same update as tfjs ops, for the other backends. */
export function adadeltaOpByOp(value: tf.Tensor, gradient: tf.Tensor, accum: tf.Variable, accumUpdate: tf.Variable, lr: number, rho: number, epsilon: number): tf.Tensor {
  const newAccum = tf.add(tf.mul(accum, rho), tf.mul(tf.square(gradient), oneMinus(rho)));
  const update = tf.mul(tf.mul(tf.sqrt(tf.add(accumUpdate, epsilon)), tf.rsqrt(tf.add(newAccum, epsilon))), gradient);
  const newAccumUpdate = tf.add(tf.mul(accumUpdate, rho), tf.mul(tf.square(update), oneMinus(rho)));
  accum.assign(newAccum);
  accumUpdate.assign(newAccumUpdate);
  return tf.sub(value, tf.mul(update, lr));
}
