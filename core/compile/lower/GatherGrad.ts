import * as tf from '@tensorflow/tfjs-core';
import { GatherGrad } from '../../ops/GatherGrad.ts';
import { defineLowering } from '../lowering.ts';
import { checkIndices, readsIndicesCheaply } from './gatherIndices.ts';

/**
 * A dense scatter-add: dy is laid out as [indices, outer, inner] (an explicit
 * transpose moves the picked axis first when it is not), each index's slice
 * is summed into its row with scatterND (which adds duplicates, and exists
 * on wasm, unlike UnsortedSegmentSum), and the rows are laid back out.
 */
export const GatherGradLowering = defineLowering(GatherGrad, ({ axis }, { backend }) => {
  const check = readsIndicesCheaply(backend);
  return ([dy, indices, params]) => {
    const shape = params.shape;
    const a = axis < 0 ? axis + shape.length : axis;
    const rows = shape[a];
    if (check) checkIndices(indices, rows, a);
    const outer = shape.slice(0, a).reduce((n, d) => n * d, 1);
    const inner = shape.slice(a + 1).reduce((n, d) => n * d, 1);
    const count = indices.size;
    if (count === 0 || outer * inner === 0) return tf.zeros(shape, dy.dtype);
    let slices = tf.reshape(dy, [outer, count, inner]);
    if (outer > 1) slices = tf.transpose(slices, [1, 0, 2]);
    const summed = tf.scatterND(tf.reshape(indices, [count, 1]), tf.reshape(slices, [count, outer * inner]), [rows, outer * inner]);
    if (outer === 1) return tf.reshape(summed, shape);
    return tf.reshape(tf.transpose(tf.reshape(summed, [rows, outer, inner]), [1, 0, 2]), shape);
  };
});
