/** Comparing Flowboard's tensors with TensorFlow's, with a message that shows where they part. */
import type { FlatTensor } from './flowboardCase.ts';

/** The tolerance every op is held to unless its case says why not. */
export const DEFAULT_TOLERANCE = 1e-5;

/** |a - e| <= tol * max(1, |e|): relative for values above 1, absolute below (float32 has no relative precision near 0). */
export function close(a: number, e: number, tol: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(e)) return Number.isNaN(a) && Number.isNaN(e);
  if (!Number.isFinite(e)) return a === e;
  return Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));
}

/** The largest error as `close` measures it: |a - e| / max(1, |e|). */
export function maxError(actual: readonly number[], expected: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])));
  return worst;
}

/** NumPy's dtype names as Flowboard's. */
const DTYPE: Record<string, string> = { float32: 'float32', int32: 'int32', bool: 'bool' };

/** Undefined when they agree; otherwise what differs. */
export function tensorMismatch(what: string, ours: FlatTensor, theirs: FlatTensor, tol: number): string | undefined {
  if (ours.shape.join() !== theirs.shape.join()) return `${what}: shape [${ours.shape}], TensorFlow [${theirs.shape}]`;
  if (ours.dtype !== (DTYPE[theirs.dtype] ?? theirs.dtype)) return `${what}: dtype ${ours.dtype}, TensorFlow ${theirs.dtype}`;
  const exact = ours.dtype !== 'float32';
  for (let i = 0; i < theirs.values.length; i++) {
    const [a, e] = [ours.values[i], theirs.values[i]];
    if (exact ? a !== e : !close(a, e, tol))
      return `${what}, element ${i}: ${a} but TensorFlow gives ${e} (${exact ? 'exact' : `tolerance ${tol}`}; largest error ${maxError(ours.values, theirs.values).toExponential(2)})`;
  }
  return undefined;
}
