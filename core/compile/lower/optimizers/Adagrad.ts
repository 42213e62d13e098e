import * as tf from '@tensorflow/tfjs-core';
import { slot, type UpdateRule } from './updateRule.ts';

/**
 * TF1 ApplyAdagrad: accum += grad^2; var -= lr * grad / sqrt(accum), accum
 * starting at initialAccumulatorValue. (tfjs adds an epsilon under the root;
 * TF1's AdagradOptimizer does not.)
 */
export const adagrad: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, initialAccumulatorValue } }) => {
  const accum = slot(slots, 'accumulator', () => tf.fill(value.shape, initialAccumulatorValue));
  const newAccum = tf.add(accum, tf.square(gradient));
  accum.assign(newAccum);
  return tf.sub(value, tf.mul(tf.mul(gradient, lr), tf.rsqrt(newAccum)));
};
