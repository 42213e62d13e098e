/**
 * TensorBoard's own histogram summary (TF2 `tf.summary.histogram`): equal-width
 * buckets between the data's min and max. Source:
 * tensorboard/plugins/histogram/summary_v2.py (`_buckets`), with `tf.linspace`
 * from tensorflow/python/ops/math_ops.py (`linspace_nd`).
 */
import type { Bucket } from './bucket.ts';

/** summary_v2.py's DEFAULT_BUCKET_COUNT. */
export const TF2_BUCKET_COUNT = 30;

/**
 * The `[left, right, count]` buckets TF2 writes for `values`; counts are
 * float64. No values gives `bucketCount` all-zero buckets; a single distinct
 * value gives zero-width buckets at that value with every count in the last.
 */
export function tf2Histogram(values: ArrayLike<number>, bucketCount: number = TF2_BUCKET_COUNT): Bucket[] {
  // A negative bucket count is treated as zero.
  const k = Math.max(0, Math.trunc(bucketCount));
  const n = values.length;
  if (n === 0 || k === 0) return Array.from({ length: k }, () => ({ left: 0, right: 0, count: 0 }));
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // TensorFlow's min/max/floor give meaningless buckets for these, so refuse them.
    if (!Number.isFinite(v)) throw new RangeError(`tf2Histogram: non-finite value ${v} at index ${i}`);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  if (range === 0) {
    return Array.from({ length: k }, (_, i) => ({ left: max, right: max, count: i === k - 1 ? n : 0 }));
  }
  const width = range / k;
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) counts[Math.min(Math.floor((values[i] - min) / width), k - 1)] += 1;
  // linspace_nd: start + delta * i with delta = (stop - start) / k, then the last edge forced to max.
  const edges = Array.from({ length: k + 1 }, (_, i) => (i === 0 ? min : i === k ? max : min + width * i));
  return Array.from({ length: k }, (_, i) => ({ left: edges[i], right: edges[i + 1], count: counts[i] }));
}
