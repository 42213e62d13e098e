import { resolveAxes } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const ReductionSize = defineOp({
  kind: 'ReductionSize',
  category: 'internal',
  doc: 'How many values a ReduceMean averaged into each result: the product of the reduced dimensions of its input, as a float32 scalar, read when the graph runs. The gradient of a mean is the gradient of the sum divided by this count; autodiff adds it when a reduced dimension (such as the batch size) is unknown until run time.',
  inputs: [{ name: 'x', doc: 'The ReduceMean\'s input; only its shape is used.' }],
  outputs: [{ name: 'count', doc: 'The number of values per mean, float32 scalar.' }],
  attrs: {
    axis: { type: 'ints', default: null, nullable: true, doc: 'The ReduceMean\'s axes; null for all.' },
  },
  infer: ({ in: [x], attrs }) => {
    if (x.shape !== null && attrs.axis !== null) {
      const axes = resolveAxes(attrs.axis, x.shape.length, x.shape);
      if (typeof axes === 'string') return fail('BAD_ATTR', `ReductionSize: ${axes}`, 'use the ReduceMean\'s own axes');
    }
    return [{ dtype: 'float32', shape: [] }];
  },
});
