import { formatShape } from '../graph/shape.ts';
import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const ConcatSlice = defineOp({
  kind: 'ConcatSlice',
  category: 'internal',
  doc: 'The part of a Concat\'s gradient that belongs to one of its inputs: Concat put its inputs end to end, so the gradient is cut back into the same pieces. Where the piece starts is read from the inputs\' shapes when the graph runs. TF1 builds the same from ConcatOffset and Slice.',
  inputs: [
    { name: 'dy', doc: 'Gradient of the Concat\'s output.' },
    { name: 'values', doc: 'The Concat\'s inputs, in order; only their shapes are used.', variadic: true, minCount: 1 },
  ],
  outputs: [{ name: 'dx', doc: 'The gradient of values[index].' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The Concat\'s axis.' },
    index: { type: 'int', default: 0, min: 0, doc: 'Which input\'s piece to cut out.' },
  },
  infer: ({ in: [dy, ...values], attrs }) => {
    if (attrs.index >= values.length) return fail('BAD_ATTR', `ConcatSlice: index ${attrs.index} but only ${values.length} values`, 'connect every input of the Concat');
    const piece = values[attrs.index];
    if (dy.shape !== null && piece.shape !== null) {
      const axis = resolveAxis(attrs.axis, dy.shape.length, dy.shape);
      if (typeof axis === 'string' || piece.shape.length !== dy.shape.length)
        return fail('SHAPE_MISMATCH', `ConcatSlice: cannot cut ${formatShape(piece.shape)} out of ${formatShape(dy.shape)} along axis ${attrs.axis}`, 'use the Concat\'s own axis and inputs');
    }
    return [{ dtype: dy.dtype, shape: piece.shape === null ? null : [...piece.shape] }];
  },
});
