import * as tf from '@tensorflow/tfjs-core';
import { PadLike } from '../../ops/PadLike.ts';
import { defineLowering } from '../lowering.ts';

/** Zeros before x up to begin, and after it up to like's size: the paddings TF1's _SliceGrad computes from the shapes. */
export const PadLikeLowering = defineLowering(PadLike, ({ begin }) => ([x, like]) => {
  const at = begin ?? [];
  return tf.pad(x, like.shape.map((d, i): [number, number] => [at[i], d - at[i] - x.shape[i]]));
});
