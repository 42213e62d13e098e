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
