/**
 * Measures tensors for breakpoints and watches on the backend, in one read
 * for all of them (a read per tensor would stall a GPU pipeline). The norm is
 * taken as max|x| * ||x / max|x|||, so a vanishing gradient's tiny norm does
 * not underflow in float32.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Measured } from './breakpoints.ts';

const FIELDS = 5;

/** Norm, mean, count of non-finite elements, size and first element of each tensor. */
export async function measureTensors(tensors: readonly tf.Tensor[]): Promise<Measured[]> {
  if (tensors.length === 0) return [];
  const stacked = tf.tidy(() =>
    tf.stack(
      tensors.map((t) => {
        if (t.size === 0) return tf.tensor1d([0, NaN, 0, 0, NaN]);
        const x = tf.reshape(t.dtype === 'float32' ? t : tf.cast(t, 'float32'), [-1]);
        const bad = tf.sum(tf.cast(tf.logicalNot(tf.isFinite(x)), 'float32'));
        const scale = tf.max(tf.abs(x));
        // All zeros: divide by 1 instead of 0.
        const safe = tf.where(tf.greater(scale, 0), scale, tf.onesLike(scale));
        const norm = tf.mul(scale, tf.norm(tf.div(x, safe)));
        return tf.stack([norm, tf.mean(x), bad, tf.scalar(t.size), tf.reshape(tf.slice(x, [0], [1]), [])]);
      }),
    ),
  );
  try {
    const data = await stacked.data();
    return tensors.map((_, i) => {
      const [norm, mean, nonFinite, size, first] = Array.from(data.subarray(i * FIELDS, (i + 1) * FIELDS));
      // A non-finite element makes the scaled norm NaN or Infinity, as the plain norm would be.
      return { norm, mean, nonFinite, size, first };
    });
  } finally {
    stacked.dispose();
  }
}
