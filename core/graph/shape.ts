/**
 * Static shapes as TF1 knows them: a dimension is a number or `null` (unknown,
 * shown as `?`, TF1's None); a whole shape may be `null` (unknown rank).
 */

export type DType = 'float32' | 'int32' | 'bool';
export const DTYPES: readonly DType[] = ['float32', 'int32', 'bool'];

export type Dim = number | null;
export type Shape = Dim[] | null;

export interface TensorType {
  dtype: DType;
  shape: Shape;
}

/** `[?,784]`, `[]` for a scalar, `<unknown>` when the rank is unknown. */
export function formatShape(shape: Shape): string {
  if (shape === null) return '<unknown>';
  return `[${shape.map((d) => (d === null ? '?' : String(d))).join(',')}]`;
}

/** Number of elements, or null when any dimension is unknown. */
export function numElements(shape: Shape): number | null {
  if (shape === null) return null;
  let n = 1;
  for (const d of shape) {
    if (d === null) return null;
    n *= d;
  }
  return n;
}

/** True when every dimension is known. */
export function isFullyDefined(shape: Shape): shape is number[] {
  return shape !== null && shape.every((d) => d !== null);
}

/** Whether two dims could be equal at run time. */
export function dimsCompatible(a: Dim, b: Dim): boolean {
  return a === null || b === null || a === b;
}

/** The more specific of two compatible dims. */
export function mergeDim(a: Dim, b: Dim): Dim {
  return a === null ? b : a;
}

/**
 * NumPy/TF broadcasting of two static shapes. Returns the result shape or an
 * error naming the clashing dimensions.
 */
export function broadcastShapes(a: Shape, b: Shape): { shape: Shape } | { error: string } {
  if (a === null || b === null) return { shape: null };
  const rank = Math.max(a.length, b.length);
  const out: Dim[] = new Array(rank);
  for (let i = 0; i < rank; i++) {
    const da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
    const db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
    if (da === 1) out[i] = db;
    else if (db === 1) out[i] = da;
    else if (da === null) out[i] = db;
    else if (db === null) out[i] = da;
    else if (da === db) out[i] = da;
    else {
      return { error: `shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast: dimension ${i} is ${da} against ${db}` };
    }
  }
  return { shape: out };
}

/** Normalises a possibly negative axis for a tensor of the given rank, or undefined if out of range. */
export function normalizeAxis(axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  return Number.isInteger(a) && a >= 0 && a < rank ? a : undefined;
}
