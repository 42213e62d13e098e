import * as tf from '@tensorflow/tfjs-core';
import { SumToShapeOf } from '../../ops/SumToShapeOf.ts';
import { defineLowering } from '../lowering.ts';
import { sumLeadingAxesWasm } from './wasm/columnSums.ts';

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

/** How many leading axes `axes` is (0, 1, ..., n - 1), or 0 when it is anything else. */
function leadingCount(axes: readonly number[]): number {
  return axes.every((a, i) => a === i) ? axes.length : 0;
}

/**
 * x summed down to like's shape. On wasm, a sum over the leading axes only (a
 * bias's gradient over the batch, [100, 256] to [256]) is one SIMD pass
 * (wasm/columnSums.ts) where tfjs's Sum transposes first.
 */
export const SumToShapeOfLowering = defineLowering(SumToShapeOf, (_attrs, { backend }) => ([x, like]) => {
  const axes = broadcastAxes(like.shape, x.shape);
  if (axes.length === 0) return x;
  const sums = (backend === 'wasm' ? sumLeadingAxesWasm(x, leadingCount(axes)) : undefined) ?? tf.sum(x, axes);
  return tf.util.arraysEqual(sums.shape, like.shape) ? sums : tf.reshape(sums, like.shape);
});
