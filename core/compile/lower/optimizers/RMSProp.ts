import * as tf from '@tensorflow/tfjs-core';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

/**
 * TF1 ApplyRMSProp / ApplyCenteredRMSProp:
 *   ms += (grad^2 - ms) * (1 - decay)              ms starts at 1, as in TF1
 *   mg += (grad - mg) * (1 - decay)                centered only; starts at 0
 *   mom = mom * momentum + lr * grad / sqrt(ms [- mg^2] + eps)
 *   var -= mom
 * (tfjs starts ms at 0 and subtracts eps in the centered form.)
 */
export const rmsProp: UpdateRule = ({ value, gradient, slots, settings }) => {
  const { learningRate: lr, decay, rmsMomentum, rmsEpsilon, centered } = settings;
  const ms = slot(slots, 'rms', () => tf.onesLike(value));
  const mom = slot(slots, 'momentum', () => tf.zerosLike(value));
  const newMs = tf.add(ms, tf.mul(tf.sub(tf.square(gradient), ms), oneMinus(decay)));
  ms.assign(newMs);
  let meanSquare: tf.Tensor = newMs;
  if (centered) {
    const mg = slot(slots, 'mg', () => tf.zerosLike(value));
    const newMg = tf.add(mg, tf.mul(tf.sub(gradient, mg), oneMinus(decay)));
    mg.assign(newMg);
    meanSquare = tf.sub(newMs, tf.square(newMg));
  }
  const newMom = tf.add(tf.mul(mom, rmsMomentum), tf.div(tf.mul(gradient, lr), tf.sqrt(tf.add(meanSquare, rmsEpsilon))));
  mom.assign(newMom);
  return tf.sub(value, newMom);
};
