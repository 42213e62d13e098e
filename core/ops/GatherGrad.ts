import { defineOp, fail } from './opDef.ts';

export const GatherGrad = defineOp({
  kind: 'GatherGrad',
  category: 'internal',
  doc: 'The gradient of a Gather\'s params: every slice of dy is added into the row (along axis) that its index picked, so a row picked twice gets both and a row never picked gets 0; the params\' shape is read when the graph runs. TF1 hands this on as IndexedSlices and adds them up densely with UnsortedSegmentSum.',
  inputs: [
    { name: 'dy', doc: 'Gradient of the Gather\'s output.' },
    { name: 'indices', doc: 'The Gather\'s indices (int32).', dtypes: ['int32'] },
    { name: 'params', doc: 'The Gather\'s params; only their shape is used.' },
  ],
  outputs: [{ name: 'dx', doc: 'The gradient of params, params\' shape.' }],
  attrs: {
    axis: { type: 'int', default: 0, doc: 'The Gather\'s axis.' },
  },
  infer: ({ in: [dy, , params], attrs }) => {
    const rank = params.shape?.length;
    if (rank !== undefined && (attrs.axis >= rank || attrs.axis < -rank)) return fail('BAD_ATTR', `GatherGrad: axis ${attrs.axis} is outside params' rank ${rank}`, 'use the Gather\'s own axis and params');
    return [{ dtype: dy.dtype, shape: params.shape === null ? null : [...params.shape] }];
  },
});
