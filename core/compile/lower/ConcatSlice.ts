import * as tf from '@tensorflow/tfjs-core';
import { ConcatSlice } from '../../ops/ConcatSlice.ts';
import { defineLowering } from '../lowering.ts';

export const ConcatSliceLowering = defineLowering(ConcatSlice, ({ axis, index }) => ([dy, ...values]) => {
  const a = axis < 0 ? axis + dy.rank : axis;
  // The piece starts where the inputs before it end.
  const offset = values.slice(0, index).reduce((n, v) => n + v.shape[a], 0);
  const begin = dy.shape.map((_, i) => (i === a ? offset : 0));
  const size = dy.shape.map((d, i) => (i === a ? values[index].shape[a] : d));
  return tf.slice(dy, begin, size);
});
