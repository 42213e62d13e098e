import * as tf from '@tensorflow/tfjs-core';
import { ReduceMean } from '../../ops/ReduceMean.ts';
import { defineLowering } from '../lowering.ts';
import { intAbs } from './Abs.ts';
import { intFloorDiv } from './FloorDiv.ts';

/**
 * tf.mean of int32 returns a float32 mean ([1,2] -> 1.5); TF1 keeps int32 and
 * divides like C, truncating toward zero ([1,2] -> 1, [-1,-2] -> -1). So the
 * int32 case sums and divides |sum| by the count, putting the sign back
 * (exactly: tfjs's own abs, and wasm's floorDiv, go through float32).
 */
export const ReduceMeanLowering = defineLowering(ReduceMean, ({ axis, keepDims }, { inputTypes }) => {
  const axes = axis ?? undefined;
  if (inputTypes[0].dtype !== 'int32') return ([x]) => tf.mean(x, axes, keepDims);
  return ([x]) => {
    const sum = tf.sum(x, axes, keepDims);
    const count = sum.size === 0 ? 1 : x.size / sum.size;
    return tf.mul(tf.sign(sum), intFloorDiv(intAbs(sum), tf.scalar(count, 'int32')));
  };
});
