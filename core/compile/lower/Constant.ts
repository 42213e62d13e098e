import * as tf from '@tensorflow/tfjs-core';
import { Constant } from '../../ops/Constant.ts';
import { defineLowering } from '../lowering.ts';
import { nestedShape } from '../../ops/attrs.ts';

/** The constant's tensor is made once per plan and kept until the plan is disposed. */
export const ConstantLowering = defineLowering(Constant, ({ value, dtype }) => {
  const t = tf.keep(tf.tensor(value as number, nestedShape(value), dtype));
  return { kernel: () => t, owned: [t] };
});
