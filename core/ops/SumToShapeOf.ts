import { broadcastShapes, formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const SumToShapeOf = defineOp({
  kind: 'SumToShapeOf',
  category: 'internal',
  doc: 'Sums a gradient back down to the shape of a tensor that was broadcast. When a bias [10] is added to every row of a [?,10] batch, each bias entry affected every row, so its gradient is the sum over the rows. Autodiff adds this after Add, Sub, Mul and Div where an input was broadcast; the axes to sum are found from the actual shapes when the graph runs, so an unknown batch size works. TF1 builds the same from BroadcastGradientArgs, Sum and Reshape.',
  inputs: [
    { name: 'x', doc: 'The gradient, of the broadcast (output) shape.', dtypes: ['float32'] },
    { name: 'like', doc: 'The input that was broadcast; only its shape is used.' },
  ],
  outputs: [{ name: 'y', doc: 'x summed to the shape of like.' }],
  attrs: {},
  infer: ({ in: [x, like] }) => {
    const b = broadcastShapes(like.shape, x.shape);
    if ('error' in b || (like.shape !== null && x.shape !== null && like.shape.length > x.shape.length))
      return fail('SHAPE_MISMATCH', `SumToShapeOf cannot sum ${formatShape(x.shape)} down to ${formatShape(like.shape)}: like must broadcast to x`, 'connect the gradient of the broadcast result and the input that was broadcast');
    return [{ dtype: x.dtype, shape: like.shape === null ? null : [...like.shape] }];
  },
});
