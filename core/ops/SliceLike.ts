import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const SliceLike = defineOp({
  kind: 'SliceLike',
  category: 'internal',
  doc: 'Cuts a block the shape of another tensor out of x, starting at begin; the size is read from that tensor when the graph runs, so unknown dimensions such as the batch work. Autodiff uses it for the gradient of Pad: the middle of the incoming gradient, where the input was. TF1 builds the same from Shape and Slice.',
  inputs: [
    { name: 'x', doc: 'The tensor to cut from (the gradient of the Pad\'s output).' },
    { name: 'like', doc: 'The tensor whose shape to cut out (the Pad\'s input); only its shape is used.' },
  ],
  outputs: [{ name: 'y', doc: 'The block of x at begin with the shape of like.' }],
  attrs: {
    begin: { type: 'ints', default: [0], doc: 'Where the block starts in each dimension of x.' },
  },
  infer: ({ in: [x, like], attrs }) => {
    const begin = attrs.begin ?? [];
    const rank = x.shape?.length ?? like.shape?.length;
    if (rank !== undefined && (begin.length !== rank || (x.shape && like.shape && x.shape.length !== like.shape.length)))
      return fail('SHAPE_MISMATCH', `SliceLike: cannot cut ${formatShape(like.shape)} out of ${formatShape(x.shape)} at ${formatShape(begin)}`, 'give x, like and begin the same rank');
    return [{ dtype: x.dtype, shape: like.shape === null ? null : [...like.shape] }];
  },
});
