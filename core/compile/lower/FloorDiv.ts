import * as tf from '@tensorflow/tfjs-core';
import { FloorDiv } from '../../ops/FloorDiv.ts';
import { defineLowering } from '../lowering.ts';

/**
 * TF's floor division. On float32, floor(x / y) (tfjs-cpu's floorDiv would
 * answer in int32). On int32, tfjs-wasm divides in float32, which is off by
 * one or more above 2^24, so the quotient is corrected in exact int32: the
 * remainder r = x - q*y is small, its own quotient is exact, and a last step
 * moves q by one where r is still outside [0, y) (or (y, 0] for y < 0).
 */
export const FloorDivLowering = defineLowering(FloorDiv, (_attrs, { inputTypes }) => {
  if (inputTypes[0].dtype !== 'int32') return ([x, y]) => tf.floor(tf.div(x, y));
  return ([x, y]) => intFloorDiv(x, y);
});

/** Exact int32 floor division on every backend (ReduceMean of int32 divides with it too). */
export function intFloorDiv(x: tf.Tensor, y: tf.Tensor): tf.Tensor {
  const rough = tf.floorDiv(x, y);
  const q = tf.add(rough, tf.floorDiv(tf.sub(x, tf.mul(rough, y)), y));
  const r = tf.sub(x, tf.mul(q, y));
  // 0/1 as int32 and arithmetic for "if y > 0": tf.where over these bools gave wrong quotients on tfjs-wasm.
  const zero = tf.scalar(0, 'int32');
  const int = (b: tf.Tensor) => tf.cast(b, 'int32');
  const positive = int(tf.greater(y, zero));
  const negative = tf.sub(tf.scalar(1, 'int32'), positive);
  const tooLow = tf.add(tf.mul(positive, int(tf.less(r, zero))), tf.mul(negative, int(tf.greater(r, zero))));
  const tooHigh = tf.add(tf.mul(positive, int(tf.greaterEqual(r, y))), tf.mul(negative, int(tf.lessEqual(r, y))));
  return tf.add(q, tf.sub(tooHigh, tooLow));
}
