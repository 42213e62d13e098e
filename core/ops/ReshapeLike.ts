import { formatShape, numElements } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const ReshapeLike = defineOp({
  kind: 'ReshapeLike',
  category: 'internal',
  doc: 'Reshapes x to the shape of another tensor, read when the graph runs, so unknown dimensions such as the batch size work. Autodiff uses it to give the gradient of Reshape, Squeeze and ExpandDims the shape of their input. TF1 builds the same from Shape and Reshape.',
  inputs: [
    { name: 'x', doc: 'The values to reshape.' },
    { name: 'like', doc: 'The tensor whose shape to take; only its shape is used.' },
  ],
  outputs: [{ name: 'y', doc: 'x with the shape of like.' }],
  attrs: {},
  infer: ({ in: [x, like] }) => {
    const a = numElements(x.shape);
    const b = numElements(like.shape);
    if (a !== null && b !== null && a !== b)
      return fail('SHAPE_MISMATCH', `ReshapeLike cannot reshape ${formatShape(x.shape)} (${a} values) to ${formatShape(like.shape)} (${b} values)`, 'connect a tensor with as many values as x');
    return [{ dtype: x.dtype, shape: like.shape === null ? null : [...like.shape] }];
  },
});
