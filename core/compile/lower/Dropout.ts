import * as tf from '@tensorflow/tfjs-core';
import { mixSeed } from '../../data/random.ts';
import { Dropout } from '../../ops/Dropout.ts';
import { defineLowering } from '../lowering.ts';

/**
 * The mask's seed mixes the session seed, the node and the training step, so
 * each step draws a new mask, a replayed step draws the same one, and two
 * Dropout nodes never share theirs. Keeping u <= keep (rather than TF1's
 * floor(keep + u), which float32 rounding can push to 2) keeps every value
 * when keep is 1.
 */
export const DropoutLowering = defineLowering(Dropout, (_attrs, { node }) => {
  const nodeSeed = hashString(node.id);
  return ([x, keep], run) => {
    const u = tf.randomUniform(x.shape, 0, 1, 'float32', mixSeed(mixSeed(run.seed, nodeSeed), run.step));
    const mask = tf.div(tf.cast(tf.lessEqual(u, keep), 'float32'), keep);
    return [tf.mul(x, mask), mask];
  };
});

/** 32-bit FNV-1a of a node id. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
