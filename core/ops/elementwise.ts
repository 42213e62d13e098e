/**
 * Builders for the two commonest op shapes: element-wise unary ops and
 * broadcasting binary ops. Each op file stays a few lines long.
 */
import type { DType, TensorType } from '../graph/shape.ts';
import { broadcastShapes } from '../graph/shape.ts';
import type { AttrSpecs, AttrValues } from './attrs.ts';
import { defineOp, fail, type InferFailure, type OpCategory, type OpDef } from './opDef.ts';
import type { OpKind } from './opKinds.ts';

/** The dtypes arithmetic accepts. */
export const NUMERIC: readonly DType[] = ['float32', 'int32'];
/** Transcendental ops (exp, log, sigmoid ...) are defined on floats only, as in TF. */
export const FLOAT: readonly DType[] = ['float32'];

interface UnaryOptions<A extends AttrSpecs> {
  kind: OpKind;
  doc: string;
  category?: OpCategory;
  /** Accepted input dtypes; float32 only by default. */
  dtypes?: readonly DType[];
  /** Attrs such as LeakyRelu's alpha; none by default. */
  attrs?: A;
  /** Output dtype; x's dtype when absent (Cast gives its target). */
  outDType?: (attrs: AttrValues<A>) => DType;
  /** A further check of x against the attrs (Softmax's axis against the rank). */
  check?: (x: TensorType, attrs: AttrValues<A>) => InferFailure | undefined;
}

/** An op `y = f(x)` applied element by element; y has x's shape and (by default) dtype. */
export function unaryOp<const A extends AttrSpecs = Record<never, never>>(o: UnaryOptions<A>): OpDef<A> {
  return defineOp({
    kind: o.kind,
    category: o.category ?? 'math',
    doc: o.doc,
    inputs: [{ name: 'x', doc: 'Input tensor.', dtypes: o.dtypes ?? FLOAT }],
    outputs: [{ name: 'y', doc: 'Result, same shape as x.' }],
    attrs: o.attrs ?? ({} as A),
    infer: ({ in: [x], attrs }) => o.check?.(x, attrs) ?? [{ dtype: o.outDType?.(attrs) ?? x.dtype, shape: x.shape }],
  });
}

interface BinaryOptions {
  kind: OpKind;
  doc: string;
  category?: OpCategory;
  /** Accepted input dtypes; float32 or int32 by default. */
  dtypes?: readonly DType[];
  /** Output dtype; the inputs' dtype when absent (comparisons give bool). */
  outDType?: DType;
}

/** An op `z = f(x, y)` with NumPy broadcasting; x and y must share a dtype. */
export function binaryOp(o: BinaryOptions): OpDef {
  return defineOp({
    kind: o.kind,
    category: o.category ?? 'math',
    doc: o.doc,
    inputs: [
      { name: 'x', doc: 'Left operand.', dtypes: o.dtypes ?? NUMERIC },
      { name: 'y', doc: 'Right operand; broadcast against x.', dtypes: o.dtypes ?? NUMERIC },
    ],
    outputs: [{ name: 'z', doc: 'Result, of the broadcast shape.' }],
    attrs: {},
    infer: ({ in: [x, y] }) => {
      if (x.dtype !== y.dtype)
        return fail('DTYPE_MISMATCH', `${o.kind} needs both inputs of one dtype, got ${x.dtype} and ${y.dtype}`, `insert a Cast node on one input so both are ${x.dtype === 'float32' || y.dtype === 'float32' ? 'float32' : x.dtype}`);
      const b = broadcastShapes(x.shape, y.shape);
      if ('error' in b) return fail('SHAPE_MISMATCH', `${o.kind}: ${b.error}`, 'reshape one input so trailing dimensions match or are 1');
      return [{ dtype: o.outDType ?? x.dtype, shape: b.shape }];
    },
  });
}
