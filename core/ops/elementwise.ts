/**
 * Builders for the two commonest op shapes: element-wise unary ops and
 * broadcasting binary ops. Each op file stays a few lines long.
 */
import type { DType } from '../graph/shape.ts';
import { broadcastShapes } from '../graph/shape.ts';
import { defineOp, fail, type OpCategory, type OpDef } from './opDef.ts';

const NUMERIC: readonly DType[] = ['float32', 'int32'];
const FLOAT: readonly DType[] = ['float32'];

interface UnaryOptions {
  kind: string;
  doc: string;
  category?: OpCategory;
  /** Accepted input dtypes; float32 only by default. */
  dtypes?: readonly DType[];
}

/** An op `y = f(x)` applied element by element; y has x's shape and dtype. */
export function unaryOp(o: UnaryOptions): OpDef {
  return defineOp({
    kind: o.kind,
    category: o.category ?? 'math',
    doc: o.doc,
    inputs: [{ name: 'x', doc: 'Input tensor.', dtypes: o.dtypes ?? FLOAT }],
    outputs: [{ name: 'y', doc: 'Result, same shape as x.' }],
    attrs: {},
    infer: ({ in: [x] }) => [{ dtype: x.dtype, shape: x.shape }],
  });
}

interface BinaryOptions {
  kind: string;
  doc: string;
  category?: OpCategory;
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
        return fail('DTYPE_MISMATCH', `${o.kind} needs both inputs of one dtype, got ${x.dtype} and ${y.dtype}`, 'insert a Cast node on one input');
      const b = broadcastShapes(x.shape, y.shape);
      if ('error' in b) return fail('SHAPE_MISMATCH', `${o.kind}: ${b.error}`, 'reshape one input so trailing dimensions match or are 1');
      return [{ dtype: o.outDType ?? x.dtype, shape: b.shape }];
    },
  });
}
