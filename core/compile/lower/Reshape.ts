import * as tf from '@tensorflow/tfjs-core';
import { Reshape } from '../../ops/Reshape.ts';
import { defineLowering } from '../lowering.ts';

export const ReshapeLowering = defineLowering(Reshape, ({ shape }) => {
  const target = shape as number[];
  return ([x]) => tf.reshape(x, target);
});
