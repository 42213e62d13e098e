/**
 * Shared by the reductions' gradients: putting a reduced tensor back over the
 * axes it was reduced along, and counting how many values a mean averaged.
 */
import type { TensorRef } from '../graph/document.ts';
import type { GradBuilder } from './gradBuilder.ts';

export interface ReduceAttrs {
  axis: number[] | null;
  keepDims: boolean;
}

/** `t` (shaped like the reduction's output) repeated to the shape of the reduction's input `x`. */
export function spreadOverReduced(b: GradBuilder, t: TensorRef, x: TensorRef, { axis, keepDims }: ReduceAttrs): TensorRef {
  return b.op('BroadcastLike', { x: t, like: x }, { axis: keepDims ? [] : axis });
}

/**
 * The number of values each mean averaged: a Constant when the reduced
 * dimensions are known, otherwise a ReductionSize node that reads them at
 * run time (the batch size of a cost).
 */
export function reductionCount(b: GradBuilder, x: TensorRef, axis: number[] | null): TensorRef {
  const shape = b.typeOf(x).shape;
  if (shape !== null) {
    const axes = axis === null ? shape.map((_, i) => i) : [...new Set(axis.map((a) => (a < 0 ? a + shape.length : a)))];
    const dims = axes.map((a) => shape[a]);
    if (dims.every((d) => d !== null)) return b.constant(dims.reduce<number>((n, d) => n * d!, 1));
  }
  return b.op('ReductionSize', { x }, { axis });
}
