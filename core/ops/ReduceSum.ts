import { reduceOp } from './reduction.ts';

export const ReduceSum = reduceOp({
  kind: 'ReduceSum',
  doc: 'Adds up the values along the given axes, or all of them when axis is null. On a [2,3] matrix, axis 0 sums each column (giving [3]), axis 1 sums each row (giving [2]), and keepDims keeps the summed axis as size 1 ([2,1]) so the result broadcasts back against the matrix. The hand-written cross-entropy `-reduce_sum(Y * log(h), axis=1)` uses it. TF1: `tf.reduce_sum(x, axis=1)`.',
});
