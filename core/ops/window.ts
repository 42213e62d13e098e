/**
 * Sliding windows over NHWC images, shared by Conv2D and the pooling ops and
 * by their lowerings: reading TF1's strides/ksize attrs and computing output
 * sizes and padding exactly as TF does for SAME and VALID.
 */
import { type Dim, formatShape, type Shape } from '../graph/shape.ts';
import { fail, type InferFailure } from './opDef.ts';

export type Padding = 'SAME' | 'VALID';
export const PADDINGS: readonly Padding[] = ['SAME', 'VALID'];

/** Height and width of a window or stride. */
export type Pair = [number, number];

/**
 * A window or stride attr as [h, w]. TF1 writes `[1, 2, 2, 1]` (batch and
 * channel entries must be 1); `[2, 2]` and `2` are accepted as shorthands.
 * Returns a message when the list is unusable.
 */
export function readPair(attr: string, v: readonly number[] | null): Pair | string {
  if (v === null) return `${attr} must be a list such as [1, 2, 2, 1]`;
  let pair: number[];
  if (v.length === 4) {
    if (v[0] !== 1 || v[3] !== 1) return `${attr} ${JSON.stringify(v)} moves across the batch or the channels; in NHWC its first and last entries must be 1, as in [1, 2, 2, 1]`;
    pair = [v[1], v[2]];
  } else if (v.length === 2) pair = [...v];
  else if (v.length === 1) pair = [v[0], v[0]];
  else return `${attr} must have 4 entries as in TF1 ([1, h, w, 1]), or 2 ([h, w]), got ${JSON.stringify(v)}`;
  if (pair.some((d) => !Number.isInteger(d) || d < 1)) return `${attr} entries must be whole numbers of at least 1, got ${JSON.stringify(v)}`;
  return pair as Pair;
}

/** Output size along one axis: ceil(n / s) for SAME, ceil((n - k + 1) / s) for VALID (null when n is unknown). */
export function outSize(n: Dim, k: number, s: number, padding: Padding): Dim {
  if (n === null) return null;
  return padding === 'SAME' ? Math.ceil(n / s) : Math.ceil((n - k + 1) / s);
}

/** Padding before and after along one axis, as TF computes it (the extra one goes after). */
export function padAmounts(n: number, k: number, s: number, padding: Padding): [number, number] {
  if (padding === 'VALID') return [0, 0];
  const total = Math.max((Math.ceil(n / s) - 1) * s + k - n, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** The window, stride and padding of one node, resolved from its attrs. */
export interface WindowSpec {
  window: Pair;
  strides: Pair;
  padding: Padding;
}

/**
 * Checks an NHWC input against a window: rank 4, window no larger than the
 * input for VALID. Returns [N, Ho, Wo] or a failure naming the op.
 */
export function windowOutput(op: string, x: Shape, spec: WindowSpec): [Dim, Dim, Dim] | InferFailure | null {
  if (x === null) return null;
  if (x.length !== 4)
    return fail('SHAPE_MISMATCH', `${op} needs an NHWC image batch [batch, height, width, channels], got ${formatShape(x)} of rank ${x.length}`, 'Reshape the input to [-1, height, width, channels], e.g. [-1, 28, 28, 1] for MNIST');
  const [n, h, w] = x;
  const [kh, kw] = spec.window;
  for (const [size, k, axis] of [[h, kh, 'height'], [w, kw, 'width']] as const) {
    if (spec.padding === 'VALID' && size !== null && size < k)
      return fail('SHAPE_MISMATCH', `${op} with VALID padding: the ${axis} ${size} of ${formatShape(x)} is smaller than the window's ${k}`, 'use SAME padding, a smaller window, or a larger input');
  }
  return [n, outSize(h, kh, spec.strides[0], spec.padding), outSize(w, kw, spec.strides[1], spec.padding)];
}

/** Resolves the strides attr to a spec for `window`, or a BAD_ATTR failure. */
export function windowSpec(op: string, window: Pair, strides: readonly number[] | null, padding: Padding): WindowSpec | InferFailure {
  const s = readPair('strides', strides);
  if (typeof s === 'string') return fail('BAD_ATTR', `${op}: ${s}`, 'set strides to [1, 1, 1, 1] to move one pixel at a time, [1, 2, 2, 1] for two');
  return { window, strides: s, padding };
}

/** True for an inference failure (as opposed to a spec or a shape). */
export function isInferFailure(v: unknown): v is InferFailure {
  return typeof v === 'object' && v !== null && 'code' in v && 'message' in v;
}
