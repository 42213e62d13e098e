import * as tf from '@tensorflow/tfjs-core';
import { SoftmaxCrossEntropyWithLogits } from '../../ops/SoftmaxCrossEntropyWithLogits.ts';
import { defineLowering } from '../lowering.ts';

/**
 * -sum(labels * log_softmax(logits)) over the last axis. tf.logSoftmax
 * subtracts the row maximum before exponentiating, so large logits cannot
 * overflow and a confident wrong class never takes log(0).
 */
export const SoftmaxCrossEntropyWithLogitsLowering = defineLowering(SoftmaxCrossEntropyWithLogits, () => ([labels, logits]) =>
  tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(logits, -1)), -1)),
);
