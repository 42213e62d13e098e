import * as tf from '@tensorflow/tfjs-core';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

/**
 * TF1 ApplyAdadelta, both accumulators starting at 0:
 *   accum = rho * accum + (1 - rho) * grad^2
 *   update = sqrt(accum_update + eps) / sqrt(accum + eps) * grad
 *   var -= lr * update
 *   accum_update = rho * accum_update + (1 - rho) * update^2
 * (tfjs's adadelta divides by the previous accum, not the new one.)
 */
export const adadelta: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, rho, epsilon } }) => {
  const accum = slot(slots, 'accum', () => tf.zerosLike(value));
  const accumUpdate = slot(slots, 'accum_update', () => tf.zerosLike(value));
  const newAccum = tf.add(tf.mul(accum, rho), tf.mul(tf.square(gradient), oneMinus(rho)));
  const update = tf.mul(tf.mul(tf.sqrt(tf.add(accumUpdate, epsilon)), tf.rsqrt(tf.add(newAccum, epsilon))), gradient);
  const newAccumUpdate = tf.add(tf.mul(accumUpdate, rho), tf.mul(tf.square(update), oneMinus(rho)));
  accum.assign(newAccum);
  accumUpdate.assign(newAccumUpdate);
  return tf.sub(value, tf.mul(update, lr));
};
