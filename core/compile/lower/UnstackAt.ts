import * as tf from '@tensorflow/tfjs-core';
import { UnstackAt } from '../../ops/UnstackAt.ts';
import { defineLowering } from '../lowering.ts';

export const UnstackAtLowering = defineLowering(UnstackAt, ({ axis, index }) => ([x]) => {
  const a = axis < 0 ? axis + x.rank : axis;
  const begin = x.shape.map((_, i) => (i === a ? index : 0));
  const size = x.shape.map((d, i) => (i === a ? 1 : d));
  return tf.squeeze(tf.slice(x, begin, size), [a]);
});
