import { type Dim, dimsCompatible, formatShape, mergeDim } from '../graph/shape.ts';
import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';
import { sameDType } from './sameDType.ts';

export const Stack = defineOp({
  kind: 'Stack',
  category: 'shape',
  doc: 'Piles tensors of the same shape along a new axis. Three vectors [2] stacked on axis 0 give a matrix [3,2] (one row each); on axis 1 they give [2,3] (one column each). Unlike Concat, the result has one more dimension than the inputs. TF1: `tf.stack([x, y, z], axis=0)` (`tf.pack` in early TF).',
  inputs: [{ name: 'values', doc: 'The tensors to stack, all of one shape.', variadic: true, minCount: 1 }],
  outputs: [{ name: 'output', doc: 'The stacked tensor, one dimension longer.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'Where the new dimension goes, from -rank-1 to rank; negative counts from the end.' },
  },
  infer: ({ in: values, attrs }) => {
    const dtypeProblem = sameDType('Stack', values);
    if (dtypeProblem) return dtypeProblem;
    const dtype = values[0].dtype;
    const first = values.findIndex((v) => v.shape !== null);
    if (first < 0) return [{ dtype, shape: null }];
    const base = values[first].shape!;
    const merged: Dim[] = [...base];
    for (let i = 0; i < values.length; i++) {
      const s = values[i].shape;
      if (s === null) continue;
      const clash = s.length !== base.length ? 'in rank' : s.findIndex((d, j) => !dimsCompatible(merged[j], d));
      if (clash !== -1)
        return fail('SHAPE_MISMATCH', `Stack: values:${first} ${formatShape(base)} and values:${i} ${formatShape(s)} differ ${typeof clash === 'string' ? clash : `in dimension ${clash}`}; every input needs the same shape`, 'Reshape the inputs to one shape, or use Concat to join along an existing axis');
      s.forEach((d, j) => (merged[j] = mergeDim(merged[j], d)));
    }
    // The output has one more dimension, so the axis is checked against rank+1.
    const axis = resolveAxis(attrs.axis, base.length + 1, base);
    if (typeof axis === 'string') return fail('BAD_ATTR', `Stack: ${axis}`, `pick an axis from ${-base.length - 1} to ${base.length}`);
    merged.splice(axis, 0, values.length);
    return [{ dtype, shape: merged }];
  },
});
