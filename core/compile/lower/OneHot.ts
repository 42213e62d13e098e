import * as tf from '@tensorflow/tfjs-core';
import { OneHot } from '../../ops/OneHot.ts';
import { defineLowering } from '../lowering.ts';

/**
 * Built from a comparison rather than tf.oneHot: tfjs-wasm's OneHot kernel
 * writes int32 bits whatever the dtype (float32 output is garbage) and
 * truncates onValue/offValue to integers, and tf.oneHot rejects depth 1,
 * which TF allows. Comparing each index with 0..depth-1 is correct everywhere.
 */
export const OneHotLowering = defineLowering(OneHot, ({ depth, onValue, offValue }) => ([indices]) => {
  const hit = tf.equal(tf.expandDims(indices, -1), tf.range(0, depth, 1, 'int32'));
  return tf.where(hit, tf.scalar(onValue, 'float32'), tf.scalar(offValue, 'float32'));
});
