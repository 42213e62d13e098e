/**
 * Undoing broadcasting in a gradient. When x of shape [10] was added to a
 * [?,10] batch, the gradient arriving at the sum is [?,10] and x's share of it
 * is its sum over the rows. Static shapes decide whether a reduction can be
 * ruled out; otherwise a SumToShapeOf node finds the axes at run time, so an
 * unknown batch dimension is handled correctly.
 */
import type { TensorRef } from '../graph/document.ts';
import type { Shape } from '../graph/shape.ts';
import type { GradBuilder } from './gradBuilder.ts';

/**
 * Whether x, broadcast against `other`, may have been stretched along some
 * axis. False only when the static shapes prove every dimension of the
 * result came from x unchanged.
 */
export function mayBroadcast(x: Shape, other: Shape): boolean {
  if (x === null || other === null) return true;
  if (other.length > x.length) return true;
  const lead = x.length - other.length;
  return x.some((d, i) => {
    const o = i < lead ? 1 : other[i - lead];
    if (o === 1) return false;
    if (d === null) return true;
    return d === 1 && o !== 1;
  });
}

/** `grad` (of the broadcast result) summed to the shape of input `x`, which was broadcast against `other`. */
export function sumToInput(b: GradBuilder, grad: TensorRef, x: TensorRef, other: TensorRef): TensorRef {
  if (!mayBroadcast(b.typeOf(x).shape, b.typeOf(other).shape)) return grad;
  return b.op('SumToShapeOf', { x: grad, like: x });
}
