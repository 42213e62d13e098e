import { reduceOp } from './reduction.ts';

export const ReduceMax = reduceOp({
  kind: 'ReduceMax',
  doc: 'The largest value along the given axes, or of the whole tensor when axis is null. On a batch of scores [?,10], axis 1 gives each example\'s best score, shape [?] (ArgMax gives its position instead). keepDims keeps the reduced axis as size 1. TF1: `tf.reduce_max(x, axis=1)`.',
});
