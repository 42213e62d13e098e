/**
 * Axis handling shared by the shape and reduction ops: TF1 lets an axis count
 * from the end (-1 is the last dimension), so every op normalises the same way
 * and reports an out-of-range axis with the same words.
 */
import { formatShape, type Shape } from '../graph/shape.ts';

/** The valid axis range for a rank, as a learner reads it: `-2..1`. */
export function axisRange(rank: number): string {
  return `${-rank}..${rank - 1}`;
}

/**
 * Normalises `axis` into 0..rank-1, or returns a message naming the shape and
 * the valid range. `rank` may exceed the shape's rank (Stack and ExpandDims
 * insert a dimension); the shape is only quoted.
 */
export function resolveAxis(axis: number, rank: number, shape: Shape): number | string {
  const a = axis < 0 ? axis + rank : axis;
  if (a >= 0 && a < rank) return a;
  return `axis ${axis} is out of range for ${formatShape(shape)} (valid axes: ${axisRange(rank)})`;
}

/** Normalises a list of axes (duplicates allowed, as in TF), sorted ascending; or a message. */
export function resolveAxes(axes: readonly number[], rank: number, shape: Shape): number[] | string {
  const out = new Set<number>();
  for (const axis of axes) {
    const a = resolveAxis(axis, rank, shape);
    if (typeof a === 'string') return a;
    out.add(a);
  }
  return [...out].sort((x, y) => x - y);
}

/** `[0, 1, ..., rank-1]`: what a null ("all axes") axis list means. */
export function allAxes(rank: number): number[] {
  return Array.from({ length: rank }, (_, i) => i);
}
