import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const ArgMax = defineOp({
  kind: 'ArgMax',
  category: 'compare',
  doc: 'The position of the largest value along an axis. For a batch of class scores [?,10], ArgMax with axis 1 gives each example\'s predicted class, shape [?]; comparing it with the ArgMax of the one-hot labels (Equal, Cast, ReduceMean) gives the accuracy. The axis defaults to 0, as in TF1 where `tf.argmax(x)` without an axis reduces axis 0, so for a batch you almost always want axis 1. Ties go to the first position. TF1: `tf.argmax(logits, 1)`.',
  inputs: [{ name: 'x', doc: 'The values to compare.', dtypes: ['float32', 'int32'] }],
  outputs: [{ name: 'y', doc: 'int32 positions; x\'s shape without the axis.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The axis to search along; negative counts from the end. TF1\'s default is 0.' },
  },
  infer: ({ in: [x], attrs }) => {
    if (x.shape === null) return [{ dtype: 'int32', shape: null }];
    if (x.shape.length === 0) return fail('SHAPE_MISMATCH', 'ArgMax needs a tensor of rank 1 or more, got a scalar', 'connect a vector or a batch of scores');
    const axis = resolveAxis(attrs.axis, x.shape.length, x.shape);
    if (typeof axis === 'string') return fail('BAD_ATTR', `ArgMax: ${axis}`, `pick an axis from ${-x.shape.length} to ${x.shape.length - 1}`);
    return [{ dtype: 'int32', shape: x.shape.filter((_, i) => i !== axis) }];
  },
});
