import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const BroadcastLike = defineOp({
  kind: 'BroadcastLike',
  category: 'internal',
  doc: 'Copies a reduced gradient back over the axes a reduction removed: the gradient of a ReduceSum over rows reaches every row unchanged. It first puts back the removed axes as size 1, then repeats the values to the shape of like, found when the graph runs. Autodiff adds it for ReduceSum, ReduceMean and ReduceMax. TF1 builds the same from Reshape and Tile.',
  inputs: [
    { name: 'x', doc: 'The gradient of the reduction\'s output.' },
    { name: 'like', doc: 'The reduction\'s input; only its shape is used.' },
  ],
  outputs: [{ name: 'y', doc: 'x repeated to the shape of like.' }],
  attrs: {
    axis: { type: 'ints', default: [], nullable: true, doc: 'Axes of like that x lacks (a reduction without keepDims removed them); null for all; [] when x already has like\'s rank.' },
  },
  infer: ({ in: [x, like], attrs }) => {
    if (x.shape !== null && like.shape !== null) {
      const removed = attrs.axis === null ? like.shape.length : new Set(attrs.axis.map((a) => (a < 0 ? a + like.shape!.length : a))).size;
      if (x.shape.length + removed !== like.shape.length)
        return fail('SHAPE_MISMATCH', `BroadcastLike: x ${formatShape(x.shape)} with ${removed} axes put back does not have the rank of like ${formatShape(like.shape)}`, 'set axis to the axes the reduction removed');
    }
    return [{ dtype: x.dtype, shape: like.shape === null ? null : [...like.shape] }];
  },
});
