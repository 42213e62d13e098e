import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const ExpandDims = defineOp({
  kind: 'ExpandDims',
  category: 'shape',
  doc: 'Inserts a new dimension of size 1 at the given axis, keeping every value: a vector [3] becomes [1,3] with axis 0 or [3,1] with axis 1 (or -1, the end). Use it to turn one example into a batch of one, or a vector into a column. TF1: `tf.expand_dims(x, axis=1)`.',
  inputs: [{ name: 'x', doc: 'The tensor to expand.' }],
  outputs: [{ name: 'y', doc: 'x with one more dimension of size 1.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'Where the new dimension goes, from -rank-1 to rank; negative counts from the end.' },
  },
  infer: ({ in: [x], attrs }) => {
    if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
    // The output has one more dimension, so the axis is checked against rank+1.
    const axis = resolveAxis(attrs.axis, x.shape.length + 1, x.shape);
    if (typeof axis === 'string') return fail('BAD_ATTR', `ExpandDims: ${axis}`, `pick an axis from ${-x.shape.length - 1} to ${x.shape.length}`);
    const shape = [...x.shape];
    shape.splice(axis, 0, 1);
    return [{ dtype: x.dtype, shape }];
  },
});
