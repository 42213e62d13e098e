import * as tf from '@tensorflow/tfjs-core';
import { fusedUpdate, registerFusedPass } from './fusedUpdate.ts';
import * as momentumWasm from './momentumWasm.ts';
import { slot, type UpdateRule } from './updateRule.ts';

const PASS = registerFusedPass({ name: 'momentum', source: momentumWasm, slots: 1 });

/**
 * TF1 ApplyMomentum: accum = accum * momentum + grad; var -= lr * accum, or
 * with Nesterov var -= lr * grad + lr * momentum * accum. accum starts at 0.
 * On wasm the same arithmetic runs as one fused pass (fusedUpdate.ts).
 */
export const momentum: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, momentum: mu, useNesterov } }) => {
  const accum = slot(slots, 'accumulation', () => tf.zerosLike(value));
  const fused = fusedUpdate(PASS, value, gradient, [accum], [lr, mu, useNesterov ? 1 : 0]);
  if (fused) {
    accum.assign(fused[1]);
    return fused[0];
  }
  return momentumOpByOp(value, gradient, accum, lr, mu, useNesterov);
};

/** The same update as tfjs ops, for the other backends. */
export function momentumOpByOp(value: tf.Tensor, gradient: tf.Tensor, accum: tf.Variable, lr: number, mu: number, useNesterov: boolean): tf.Tensor {
  const newAccum = tf.add(tf.mul(accum, mu), gradient);
  accum.assign(newAccum);
  const step = useNesterov ? tf.add(tf.mul(gradient, lr), tf.mul(tf.mul(newAccum, mu), lr)) : tf.mul(newAccum, lr);
  return tf.sub(value, step);
}
