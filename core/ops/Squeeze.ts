import { formatShape } from '../graph/shape.ts';
import { resolveAxes } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const Squeeze = defineOp({
  kind: 'Squeeze',
  category: 'shape',
  doc: 'Removes dimensions of size 1: a column of predictions [?,1] becomes a vector [?], so it lines up with labels of shape [?]. With no axis given it removes every size-1 dimension; with axes it removes only those, and each must have size 1. TF1: `tf.squeeze(x, axis=[1])`.',
  inputs: [{ name: 'x', doc: 'The tensor to squeeze.' }],
  outputs: [{ name: 'y', doc: 'x without the removed size-1 dimensions.' }],
  attrs: {
    axis: { type: 'ints', default: null, nullable: true, doc: 'Dimensions to remove (negative counts from the end); null or [] removes every size-1 dimension.' },
  },
  infer: ({ in: [x], attrs }) => {
    const shape = x.shape;
    if (shape === null) return [{ dtype: x.dtype, shape: null }];
    // TF treats an empty list like null: squeeze everything of size 1.
    if (attrs.axis === null || attrs.axis.length === 0) {
      // An unknown dim may or may not be 1 at run time, so the output rank is unknown (as in TF).
      if (shape.includes(null)) return [{ dtype: x.dtype, shape: null }];
      return [{ dtype: x.dtype, shape: shape.filter((d) => d !== 1) }];
    }
    const axes = resolveAxes(attrs.axis, shape.length, shape);
    if (typeof axes === 'string') return fail('BAD_ATTR', `Squeeze: ${axes}`, 'pick axes that exist in the input');
    const notOne = axes.find((a) => shape[a] !== null && shape[a] !== 1);
    if (notOne !== undefined)
      return fail('SHAPE_MISMATCH', `Squeeze: cannot remove dimension ${notOne} of ${formatShape(shape)}: it has size ${shape[notOne]}, not 1`, 'squeeze only dimensions of size 1, or use Reshape');
    return [{ dtype: x.dtype, shape: shape.filter((_, i) => !axes.includes(i)) }];
  },
});
