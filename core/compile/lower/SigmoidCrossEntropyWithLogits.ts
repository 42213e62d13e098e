import * as tf from '@tensorflow/tfjs-core';
import { SigmoidCrossEntropyWithLogits } from '../../ops/SigmoidCrossEntropyWithLogits.ts';
import { defineLowering } from '../lowering.ts';

/**
 * TF's stable form max(x,0) - x*z + log(1 + exp(-|x|)): exp only ever sees a
 * non-positive argument, so it cannot overflow for large |x|.
 */
export const SigmoidCrossEntropyWithLogitsLowering = defineLowering(SigmoidCrossEntropyWithLogits, () => ([z, x]) =>
  tf.add(tf.sub(tf.relu(x), tf.mul(x, z)), tf.log1p(tf.exp(tf.neg(tf.abs(x))))),
);
