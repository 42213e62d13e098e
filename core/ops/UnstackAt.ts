import { formatShape } from '../graph/shape.ts';
import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const UnstackAt = defineOp({
  kind: 'UnstackAt',
  category: 'internal',
  doc: 'One slice of a tensor along an axis, with that axis removed: entry `index` of what TF1\'s Unstack returns. Stack piled its inputs along a new axis, so the gradient of input i is slice i of the Stack\'s gradient.',
  inputs: [{ name: 'x', doc: 'The tensor to slice (the gradient of a Stack).' }],
  outputs: [{ name: 'y', doc: 'Slice index of x along axis, one dimension shorter.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The axis to slice along; negative counts from the end.' },
    index: { type: 'int', default: 0, min: 0, doc: 'Which slice.' },
  },
  infer: ({ in: [x], attrs }) => {
    if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
    const axis = resolveAxis(attrs.axis, x.shape.length, x.shape);
    if (typeof axis === 'string') return fail('BAD_ATTR', `UnstackAt: ${axis}`, 'use the Stack\'s own axis');
    const size = x.shape[axis];
    if (size !== null && attrs.index >= size)
      return fail('BAD_ATTR', `UnstackAt: index ${attrs.index} is past the end of axis ${axis} of ${formatShape(x.shape)}`, `pick an index below ${size}`);
    return [{ dtype: x.dtype, shape: x.shape.filter((_, i) => i !== axis) }];
  },
});
