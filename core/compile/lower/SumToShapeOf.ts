import * as tf from '@tensorflow/tfjs-core';
import { SumToShapeOf } from '../../ops/SumToShapeOf.ts';
import { defineLowering } from '../lowering.ts';

/**
 * The axes along which `from` was broadcast to reach `to` (TF's
 * BroadcastGradientArgs): the leading axes `from` lacks, and every axis where
 * `from` has 1 and `to` does not. Throws when `from` does not broadcast to `to`.
 */
export function broadcastAxes(from: readonly number[], to: readonly number[]): number[] {
  const lead = to.length - from.length;
  if (lead < 0) throw new Error(`cannot sum [${to}] down to the longer shape [${from}]`);
  const axes: number[] = [];
  for (let i = 0; i < to.length; i++) {
    const d = i < lead ? 1 : from[i - lead];
    if (i < lead || (d === 1 && to[i] !== 1)) axes.push(i);
    else if (d !== to[i]) throw new Error(`cannot sum [${to}] down to [${from}]: dimension ${i} is ${to[i]} against ${d}`);
  }
  return axes;
}

export const SumToShapeOfLowering = defineLowering(SumToShapeOf, () => ([x, like]) => {
  const axes = broadcastAxes(like.shape, x.shape);
  return axes.length === 0 ? x : tf.reshape(tf.sum(x, axes), like.shape);
});
