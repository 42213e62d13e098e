import * as tf from '@tensorflow/tfjs-core';
import { slot, type UpdateRule } from './updateRule.ts';

/**
 * TF1 ApplyMomentum: accum = accum * momentum + grad; var -= lr * accum, or
 * with Nesterov var -= lr * grad + lr * momentum * accum. accum starts at 0.
 */
export const momentum: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, momentum: mu, useNesterov } }) => {
  const accum = slot(slots, 'accumulation', () => tf.zerosLike(value));
  const newAccum = tf.add(tf.mul(accum, mu), gradient);
  accum.assign(newAccum);
  const step = useNesterov ? tf.add(tf.mul(gradient, lr), tf.mul(tf.mul(newAccum, mu), lr)) : tf.mul(newAccum, lr);
  return tf.sub(value, step);
};
