import { reduceOp } from './reduction.ts';

export const ReduceMean = reduceOp({
  kind: 'ReduceMean',
  doc: 'The average of the values along the given axes, or of all of them when axis is null. The cost of a batch is the ReduceMean of the per-example losses; accuracy is the ReduceMean of 1s and 0s. keepDims keeps reduced axes as size 1. Careful with int32: like TF1 the mean of integers is an integer, truncated toward zero, so the mean of [1, 2] is 1; Cast to float32 first for 1.5. TF1: `tf.reduce_mean(cost)`.',
});
