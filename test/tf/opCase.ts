/**
 * One op case for the TensorFlow referee (ops.tf.test.ts): a Flowboard op
 * with attrs and inputs, and the same computation written in TF1 Python over
 * placeholders `x0, x1, ...` declared with the inputs' static shapes (None
 * for `?`). Both run on the same random values; forward outputs and the
 * gradient of every float input (tf.gradients with the same random grad_ys)
 * must agree.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { AttrValue } from '../../core/graph/document.ts';
import type { Dim, DType } from '../../core/graph/shape.ts';

export interface CaseInput {
  /** The shape fed at run time. */
  shape: number[];
  /** The shape declared on the placeholder (null dims are `?`, null is unknown rank); `shape` when absent. */
  static?: Dim[] | null;
  dtype?: DType;
  /** Random values in this range; [-2, 2] by default. */
  range?: [number, number];
  /** Keep random values at least this far from 0 (a ReLU's kink, a divisor). */
  awayFromZero?: number;
  /** Round random values to whole numbers (Equal's ties, OneHot's indices). */
  integers?: boolean;
  /** Fixed flat values instead of random ones. */
  values?: number[];
  /** Computed from the inputs before it (MaxPoolGrad's pooled output), in TensorFlow.js on the cpu backend. */
  derive?: (earlier: tf.Tensor[]) => tf.Tensor;
  /** Differentiate with respect to this input; true for float32 inputs by default. */
  wrt?: boolean;
}

export interface OpCase {
  op: string;
  /** What this case varies: shapes, attrs. */
  title: string;
  attrs?: Record<string, AttrValue>;
  /** One per input in the op's order; a variadic input takes the rest. */
  inputs: CaseInput[];
  /** TF1 Python over x0, x1, ...: a tensor, or a tuple when the op has several outputs. */
  tf: string;
  /** What the README's op table says it is checked against, when the Python alone does not say it well. */
  reference?: string;
  /** Outputs to compare; the op's first `outputs` (all of them) when absent. */
  outputs?: string[];
  /** Relative tolerance when 1e-5 is too tight, with `why`. */
  tolerance?: number;
  /** Accept inferred static shapes that are compatible (a dim `?` on one side only) rather than equal, with `why`. */
  staticShapes?: 'compatible';
  why?: string;
}

/** A float32 input of `shape` (keeps the fields given). */
export function f(shape: number[], more: Omit<CaseInput, 'shape'> = {}): CaseInput {
  return { shape, ...more };
}

/** The same input declared with an unknown batch dimension (`?`) first. */
export function batch(shape: number[], more: Omit<CaseInput, 'shape' | 'static'> = {}): CaseInput {
  return { shape, static: [null, ...shape.slice(1)], ...more };
}

/** An int32 input of whole numbers in `range`. */
export function int(shape: number[], range: [number, number], more: Omit<CaseInput, 'shape'> = {}): CaseInput {
  return { shape, dtype: 'int32', range, integers: true, ...more };
}

/** `[1, 2, 3]` as Python. */
export function py(list: readonly (number | null)[]): string {
  return `[${list.map((d) => (d === null ? 'None' : String(d))).join(', ')}]`;
}
