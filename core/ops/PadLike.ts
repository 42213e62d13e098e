import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const PadLike = defineOp({
  kind: 'PadLike',
  category: 'internal',
  doc: 'Puts x into zeros the shape of another tensor, starting at begin; that shape is read when the graph runs, so unknown dimensions such as the batch work. Autodiff uses it for the gradient of Slice: dy goes back where the block was cut, 0 everywhere else. TF1 builds the same from Shape, Sub, Concat and Pad.',
  inputs: [
    { name: 'x', doc: 'The block (the gradient of the Slice\'s output).' },
    { name: 'like', doc: 'The tensor whose shape to fill (the Slice\'s input); only its shape is used.' },
  ],
  outputs: [{ name: 'y', doc: 'Zeros the shape of like, with x at begin.' }],
  attrs: {
    begin: { type: 'ints', default: [0], doc: 'Where x goes in each dimension.' },
  },
  infer: ({ in: [x, like], attrs }) => {
    const begin = attrs.begin ?? [];
    const rank = x.shape?.length ?? like.shape?.length;
    if (rank !== undefined && (begin.length !== rank || (x.shape && like.shape && x.shape.length !== like.shape.length)))
      return fail('SHAPE_MISMATCH', `PadLike: cannot put ${formatShape(x.shape)} into ${formatShape(like.shape)} at ${formatShape(begin)}`, 'give x, like and begin the same rank');
    return [{ dtype: x.dtype, shape: like.shape === null ? null : [...like.shape] }];
  },
});
