/**
 * A node's strides, window and padding as the lowerings need them. Analysis
 * has already rejected unusable attrs (a plan is never compiled over errors),
 * so a failure here is a bug and throws.
 */
import { type Pair, type Padding, readPair } from '../../ops/window.ts';

/** Reads a [1, h, w, 1] / [h, w] attr, throwing on the impossible. */
export function pairOf(attr: string, v: readonly number[] | null): Pair {
  const p = readPair(attr, v);
  if (typeof p === 'string') throw new Error(p);
  return p;
}

/** tfjs spells padding in lower case. */
export function tfPad(padding: Padding): 'same' | 'valid' {
  return padding === 'SAME' ? 'same' : 'valid';
}
