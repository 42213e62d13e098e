import type { Shape } from '../graph/shape.ts';

/**
 * Data as the trainer feeds it: numbers in row-major order with a shape, the
 * first dimension counting examples when the data is batched.
 */
export interface DataArray {
  values: Float32Array;
  shape: number[];
}

/** Numbers per example: the product of all dimensions but the first. */
export function rowSize(data: DataArray): number {
  return data.shape.slice(1).reduce((a, b) => a * b, 1);
}

/**
 * The same rows laid out in a placeholder's per-example shape when they hold
 * as many values as it does (one CSV column for a [?], 784 pixels for a
 * [?,28,28,1]); otherwise the data unchanged, for the feed to report.
 */
export function fitRows(data: DataArray, placeholder: Shape): DataArray {
  if (placeholder === null || placeholder.length === 0 || data.shape.length === 0) return data;
  const example = placeholder.slice(1);
  const same = example.length === data.shape.length - 1 && example.every((d, i) => d === data.shape[i + 1]);
  if (same || example.some((d) => d === null)) return data;
  const size = (example as number[]).reduce((a, b) => a * b, 1);
  return size === rowSize(data) ? { values: data.values, shape: [data.shape[0], ...(example as number[])] } : data;
}
