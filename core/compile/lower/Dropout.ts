import * as tf from '@tensorflow/tfjs-core';
import { Dropout } from '../../ops/Dropout.ts';
import { fillUniform } from '../../random/distributions.ts';
import { defineLowering } from '../lowering.ts';

/**
 * TF1's tf.nn.dropout as TF 2.x computes it: rate = 1 - keep_prob, a uniform
 * draw u of x's shape from the node's stream (TF's random_uniform kernel on
 * its seed pair), kept where u >= rate and scaled by x / (1 - rate). A
 * training run moves the stream on, as every sess.run does in TF; other runs
 * (evaluation, inspecting) see the mask the next training step will draw.
 * With keep_prob 1 the rate is 0 and every value is kept.
 */
export const DropoutLowering = defineLowering(Dropout, (_attrs, { node }) => {
  return ([x, keep], run) => {
    const stream = run.randomStream(node.id);
    const gen = run.training ? stream.reserve(x.size) : stream.peek();
    const u = tf.tensor(fillUniform(gen, x.size), x.shape, 'float32');
    const rate = tf.sub(1, keep);
    const kept = tf.greaterEqual(u, rate);
    const keepScale = tf.sub(1, rate);
    const zeros = tf.zerosLike(x);
    return [tf.where(kept, tf.div(x, keepScale), zeros), tf.where(kept, tf.div(tf.onesLike(x), keepScale), zeros)];
  };
});
