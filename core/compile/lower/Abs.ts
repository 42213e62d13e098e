import * as tf from '@tensorflow/tfjs-core';
import { Abs } from '../../ops/Abs.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs's abs of int32 goes through float32 (|2147483647| comes back as -2147483648), so int32 multiplies by its sign, exactly. */
export function intAbs(x: tf.Tensor): tf.Tensor {
  return tf.mul(x, tf.sign(x));
}

export const AbsLowering = defineLowering(Abs, (_attrs, { inputTypes }) => (inputTypes[0].dtype === 'int32' ? ([x]) => intAbs(x) : ([x]) => tf.abs(x)));
