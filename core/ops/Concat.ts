import { type Dim, dimsCompatible, formatShape, mergeDim } from '../graph/shape.ts';
import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';
import { sameDType } from './sameDType.ts';

export const Concat = defineOp({
  kind: 'Concat',
  category: 'shape',
  doc: 'Joins tensors end to end along an existing axis. [2,3] and [4,3] joined on axis 0 give [6,3]; [2,3] and [2,5] joined on axis 1 give [2,8]. All inputs need the same rank and agree in every dimension except the joined one. Use it to put feature columns side by side or to merge the branches of an inception module. TF1: `tf.concat([a, b], axis=1)`.',
  inputs: [{ name: 'values', doc: 'The tensors to join, in order.', variadic: true, minCount: 1 }],
  outputs: [{ name: 'output', doc: 'The joined tensor.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The axis to join along; negative counts from the end.' },
  },
  infer: ({ in: values, attrs }) => {
    const dtypeProblem = sameDType('Concat', values);
    if (dtypeProblem) return dtypeProblem;
    const dtype = values[0].dtype;
    const first = values.findIndex((v) => v.shape !== null);
    if (first < 0) return [{ dtype, shape: null }];
    const base = values[first].shape!;
    if (base.length === 0) return fail('SHAPE_MISMATCH', `Concat: values:${first} is a scalar; only tensors of rank 1 or more can be joined`, 'use Stack to collect scalars into a vector');
    const axis = resolveAxis(attrs.axis, base.length, base);
    if (typeof axis === 'string') return fail('BAD_ATTR', `Concat: ${axis}`, `pick an axis from ${-base.length} to ${base.length - 1}`);
    const out: Dim[] = [...base];
    let joined: Dim = 0;
    for (let i = 0; i < values.length; i++) {
      const s = values[i].shape;
      if (s === null) {
        joined = null;
        continue;
      }
      if (s.length !== base.length)
        return fail('SHAPE_MISMATCH', `Concat: values:${i} ${formatShape(s)} has rank ${s.length} but values:${first} ${formatShape(base)} has rank ${base.length}`, 'give every input the same rank (Reshape or ExpandDims one of them)');
      for (let d = 0; d < s.length; d++) {
        if (d === axis) continue;
        if (!dimsCompatible(out[d], s[d]))
          return fail('SHAPE_MISMATCH', `Concat along axis ${axis}: values:${first} ${formatShape(base)} and values:${i} ${formatShape(s)} differ in dimension ${d} (${out[d]} vs ${s[d]})`, `make dimension ${d} agree, or join along axis ${d} instead`);
        out[d] = mergeDim(out[d], s[d]);
      }
      joined = joined === null || s[axis] === null ? null : joined + s[axis]!;
    }
    out[axis] = joined;
    return [{ dtype, shape: out }];
  },
});
