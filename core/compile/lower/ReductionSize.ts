import * as tf from '@tensorflow/tfjs-core';
import { ReductionSize } from '../../ops/ReductionSize.ts';
import { defineLowering } from '../lowering.ts';

export const ReductionSizeLowering = defineLowering(ReductionSize, ({ axis }) => ([x]) => {
  const axes = axis === null ? [...x.shape.keys()] : [...new Set(axis.map((a) => (a < 0 ? a + x.rank : a)))];
  return tf.scalar(axes.reduce((n, a) => n * x.shape[a], 1), 'float32');
});
