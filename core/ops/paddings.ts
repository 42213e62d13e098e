/**
 * Pad's `paddings` attr, TF's `[[before, after], ...]` with one pair per
 * dimension: checked once here so inference, lowering and the exports read
 * the same pairs.
 */
import type { NestedNumbers } from '../graph/document.ts';

export type Paddings = [number, number][];

/** The pairs, or a message saying what is wrong with them. */
export function readPaddings(v: NestedNumbers): Paddings | string {
  if (!Array.isArray(v)) return `paddings must be a list of [before, after] pairs, got ${JSON.stringify(v)}`;
  const pairs: Paddings = [];
  for (const [i, p] of v.entries()) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isInteger(n)))
      return `paddings[${i}] must be a pair [before, after] of whole numbers, got ${JSON.stringify(p)}`;
    const [before, after] = p as number[];
    if (before < 0 || after < 0) return `paddings[${i}] is [${before}, ${after}]; padding cannot be negative (to cut a tensor, use Slice)`;
    pairs.push([before, after]);
  }
  return pairs;
}
