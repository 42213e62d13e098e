/**
 * Builder for TF1's reductions (`tf.reduce_mean`, `reduce_sum`, `reduce_max`):
 * the same attrs, dtypes and shape rule, so each op file only adds its doc.
 */
import { type Dim } from '../graph/shape.ts';
import { allAxes, resolveAxes } from './axes.ts';
import { defineOp, fail } from './opDef.ts';
import type { OpKind } from './opKinds.ts';

const REDUCE_ATTRS = {
  axis: { type: 'ints', default: null, nullable: true, doc: 'Axes to reduce (negative counts from the end); null reduces all of them to a single value.' },
  keepDims: { type: 'bool', default: false, doc: 'Keep each reduced axis as a dimension of size 1, so the result still broadcasts against x.' },
} as const;

/** A reduction over `axis` (null = every axis) with TF1's keep_dims. */
export function reduceOp(o: { kind: OpKind; doc: string }) {
  return defineOp({
    kind: o.kind,
    category: 'reduce',
    doc: o.doc,
    inputs: [{ name: 'x', doc: 'The tensor to reduce.', dtypes: ['float32', 'int32'] }],
    outputs: [{ name: 'y', doc: 'The reduced tensor, same dtype as x.' }],
    attrs: REDUCE_ATTRS,
    infer: ({ in: [x], attrs }) => {
      const shape = x.shape;
      if (shape === null) return [{ dtype: x.dtype, shape: null }];
      const axes = attrs.axis === null ? allAxes(shape.length) : resolveAxes(attrs.axis, shape.length, shape);
      if (typeof axes === 'string') return fail('BAD_ATTR', `${o.kind}: ${axes}`, `pick axes from ${-shape.length} to ${shape.length - 1}, or null for all`);
      const out: Dim[] = [];
      shape.forEach((d, i) => {
        if (!axes.includes(i)) out.push(d);
        else if (attrs.keepDims) out.push(1);
      });
      return [{ dtype: x.dtype, shape: out }];
    },
  });
}
