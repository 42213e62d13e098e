/**
 * A fetched tensor as short text, the way `print(sess.run(x))` reads:
 * `7`, `7.5`, `[3, 7]`, `[[0, 1], [1, 0]]`; a tensor too big to write out is
 * summarised by its shape and statistics.
 */
import { formatShape } from '../../core/graph/shape.ts';
import { formatValue } from './formatNumber.ts';

export interface TensorValues {
  dtype: string;
  shape: readonly number[];
  /** Row-major; may hold fewer than all the elements of a large tensor. */
  values: ArrayLike<number>;
}

/** Tensors with at most this many elements are written out in full. */
export const FULL_TEXT_ELEMENTS = 16;

/** One element: bools as true/false, float32 as its shortest exact decimal cut to four significant digits. */
export function elementText(v: number, dtype: string): string {
  if (dtype === 'bool') return v !== 0 ? 'true' : 'false';
  if (dtype === 'int32' || Number.isInteger(v)) return String(v);
  return formatValue(dtype === 'float32' ? shortestFloat32(v) : v);
}

/** The elements as nested lists when there are at most `max`, else undefined. */
export function nestedText(t: TensorValues, max = FULL_TEXT_ELEMENTS): string | undefined {
  const size = t.shape.reduce((a, b) => a * b, 1);
  if (size > max || t.values.length < size) return undefined;
  if (t.shape.length === 0) return elementText(t.values[0], t.dtype);
  let offset = 0;
  const write = (axis: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < t.shape[axis]; i++) parts.push(axis === t.shape.length - 1 ? elementText(t.values[offset++], t.dtype) : write(axis + 1));
    return `[${parts.join(', ')}]`;
  };
  return write(0);
}

/** Nested lists when small, else `[4,784] μ 0.13 σ 0.31 (min 0, max 1)` over the values that came. */
export function tensorText(t: TensorValues, max = FULL_TEXT_ELEMENTS): string {
  const nested = nestedText(t, max);
  if (nested !== undefined) return nested;
  let sum = 0;
  let squares = 0;
  let min = Infinity;
  let max2 = -Infinity;
  for (let i = 0; i < t.values.length; i++) {
    const v = t.values[i];
    sum += v;
    squares += v * v;
    min = Math.min(min, v);
    max2 = Math.max(max2, v);
  }
  const n = Math.max(1, t.values.length);
  const mean = sum / n;
  const std = Math.sqrt(Math.max(0, squares / n - mean * mean));
  return `${formatShape([...t.shape])} μ ${formatValue(mean)} σ ${formatValue(std)} (min ${formatValue(min)}, max ${formatValue(max2)})`;
}

/** The shortest decimal that reads back as the same float32: 0.1, not 0.10000000149011612. */
export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  for (let digits = 1; digits < 9; digits++) {
    const y = Number(x.toPrecision(digits));
    if (Math.fround(y) === x) return y;
  }
  return x;
}
