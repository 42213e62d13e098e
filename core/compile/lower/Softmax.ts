import * as tf from '@tensorflow/tfjs-core';
import { Softmax } from '../../ops/Softmax.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs softmax works on the last axis only; another axis is swapped there and back. */
export const SoftmaxLowering = defineLowering(Softmax, ({ axis }) => ([x]) => {
  const last = x.rank - 1;
  const a = axis < 0 ? axis + x.rank : axis;
  // Only an input of unknown static rank gets here with a bad axis; inference checks the rest.
  if (x.rank === 0) throw new Error('Softmax got a scalar; feed it a vector or a batch of scores');
  if (a < 0 || a > last) throw new Error(`axis ${axis} is out of range for an input of shape [${x.shape}]; set axis between ${-x.rank} and ${last}`);
  if (a === last) return tf.softmax(x);
  const perm = [...Array(x.rank).keys()];
  [perm[a], perm[last]] = [last, a];
  return tf.transpose(tf.softmax(tf.transpose(x, perm)), perm);
});
