import * as tf from '@tensorflow/tfjs-core';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

/**
 * TF1 ApplyAdam, with its "epsilon hat" form:
 *   lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 *   m += (grad - m) * (1 - beta1);  v += (grad^2 - v) * (1 - beta2)
 *   var -= lr_t * m / (sqrt(v) + eps)
 * beta1^t and beta2^t are float32 variables starting at beta1 and beta2 and
 * multiplied after each step, as AdamOptimizer's beta1_power and beta2_power.
 * (tfjs adds eps to the bias-corrected sqrt(v) instead.)
 */
export const adam: UpdateRule = ({ value, gradient, slots, settings: { learningRate: lr, beta1, beta2, epsilon } }) => {
  const m = slot(slots, 'm', () => tf.zerosLike(value));
  const v = slot(slots, 'v', () => tf.zerosLike(value));
  const beta1Power = slot(slots, 'beta1_power', () => tf.scalar(beta1));
  const beta2Power = slot(slots, 'beta2_power', () => tf.scalar(beta2));
  const alpha = tf.div(tf.mul(lr, tf.sqrt(tf.sub(1, beta2Power))), tf.sub(1, beta1Power));
  const newM = tf.add(m, tf.mul(tf.sub(gradient, m), oneMinus(beta1)));
  const newV = tf.add(v, tf.mul(tf.sub(tf.square(gradient), v), oneMinus(beta2)));
  m.assign(newM);
  v.assign(newV);
  beta1Power.assign(tf.mul(beta1Power, beta1));
  beta2Power.assign(tf.mul(beta2Power, beta2));
  return tf.sub(value, tf.div(tf.mul(newM, alpha), tf.add(tf.sqrt(newV), epsilon)));
};
