import { formatShape } from '../graph/shape.ts';
import { resolveAxis } from './axes.ts';
import { defineOp, fail } from './opDef.ts';

export const Gather = defineOp({
  kind: 'Gather',
  category: 'nn',
  doc: 'Picks slices of params by index: with an embedding matrix params [vocabulary, 128] and word ids [?, 56], Gather gives each word its row, [?, 56, 128] (an embedding lookup, as in Kim\'s CNN for sentences). Along another axis it picks columns, channels and so on: the output is params\' shape with the axis replaced by the indices\' shape. Every index must lie in 0..size-1 of that axis; one outside stops the run with an error naming the node (as TensorFlow on the CPU does). The gradient adds dy back into the rows that were picked (a row picked twice gets both). TF1: `tf.nn.embedding_lookup(W, ids)` or `tf.gather(params, indices, axis=0)`.',
  inputs: [
    { name: 'params', doc: 'The table to pick from (float32, int32 or bool).' },
    { name: 'indices', doc: 'Positions along axis (int32), any shape.', dtypes: ['int32'] },
  ],
  outputs: [{ name: 'output', doc: 'params with the axis replaced by the indices\' shape.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The axis of params to pick along; negative counts from the end.' },
  },
  infer: ({ in: [params, indices], attrs }) => {
    if (params.shape === null) return [{ dtype: params.dtype, shape: null }];
    if (params.shape.length === 0) return fail('SHAPE_MISMATCH', 'Gather: params is a scalar; there is nothing to pick from', 'connect a tensor of rank 1 or more as params (an embedding matrix [vocabulary, size])');
    const axis = resolveAxis(attrs.axis, params.shape.length, params.shape);
    if (typeof axis === 'string') return fail('BAD_ATTR', `Gather: ${axis}`, `pick an axis of params ${formatShape(params.shape)}`);
    if (indices.shape === null) return [{ dtype: params.dtype, shape: null }];
    return [{ dtype: params.dtype, shape: [...params.shape.slice(0, axis), ...indices.shape, ...params.shape.slice(axis + 1)] }];
  },
});
