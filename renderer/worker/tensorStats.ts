/**
 * Statistics of many tensors in one read: each reduced on the backend to
 * mean, std, min, max, L2 norm and its count of non-finite elements, stacked,
 * then read back once (a GPU read per tensor would stall the pipeline).
 */
import * as tf from '@tensorflow/tfjs-core';
import { NODE_STAT_FIELDS } from '../training/protocol.ts';

const FIELDS = NODE_STAT_FIELDS.length;

/** Row-major [tensor][mean, std, min, max, norm, nonFinite]; an empty tensor gives NaNs and 0. */
export async function tensorStats(tensors: readonly tf.Tensor[]): Promise<Float64Array> {
  if (tensors.length === 0) return new Float64Array(0);
  const stacked = tf.tidy(() =>
    tf.stack(
      tensors.map((t) => {
        if (t.size === 0) return tf.tensor1d([NaN, NaN, NaN, NaN, NaN, 0]);
        const flat = tf.reshape(t, [-1]);
        const x = t.dtype === 'float32' ? flat : tf.cast(flat, 'float32');
        const finite = tf.isFinite(x);
        const { mean, variance } = tf.moments(x);
        return tf.stack([mean, tf.sqrt(variance), tf.min(x), tf.max(x), tf.norm(x), tf.sum(tf.cast(tf.logicalNot(finite), 'float32'))]);
      }),
    ),
  );
  try {
    return Float64Array.from(await stacked.data());
  } finally {
    stacked.dispose();
  }
}

/** One tensor's row of `tensorStats`. */
export function statRow(stats: Float64Array, i: number): number[] {
  return Array.from(stats.subarray(i * FIELDS, (i + 1) * FIELDS));
}
