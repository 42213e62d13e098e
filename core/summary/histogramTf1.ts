/**
 * TF1's `tf.summary.histogram`: fixed exponential buckets, written sparsely.
 * Sources: tensorflow/core/lib/histogram/histogram.cc (limits, Add,
 * EncodeToProto), tensorflow/core/kernels/summary_op.cc (the NaN/Inf check),
 * and tensorboard/data_compat.py (`_migrate_histogram_value`, how TensorBoard
 * turns the proto into [left, right, count] buckets).
 */
import type { Bucket } from './bucket.ts';

/** The fields of TensorFlow's HistogramProto (summary.proto). */
export interface HistogramProto {
  min: number;
  max: number;
  num: number;
  sum: number;
  sumSquares: number;
  /** Right edge of each written bucket; a run of empty buckets is one entry. */
  bucketLimit: number[];
  bucket: number[];
}

/** The 1551 default bucket limits: [-DBL_MAX, -1e20.., .., -1e-12, 0, 1e-12, .., ~9.92e19, DBL_MAX]. */
export const TF1_BUCKET_LIMITS: readonly number[] = defaultLimits();

function defaultLimits(): number[] {
  // Repeated multiplication, not 1e-12 * 1.1 ** k, so every limit is bit-identical to histogram.cc's.
  const positive: number[] = [];
  for (let v = 1e-12; v < 1e20; v *= 1.1) positive.push(v);
  positive.push(Number.MAX_VALUE);
  const negative = positive.map((v) => -v).reverse();
  return [...negative, 0, ...positive];
}

/** A TF1 histogram of `values`, as `tf.summary.histogram(tag, values)` writes it; throws on NaN or Inf like TensorFlow. */
export function tf1Histogram(tag: string, values: ArrayLike<number>): HistogramProto {
  const limits = TF1_BUCKET_LIMITS;
  const counts = new Float64Array(limits.length);
  // Histogram::Clear(): an empty histogram has min DBL_MAX and max -DBL_MAX.
  let min = limits[limits.length - 1];
  let max = -Number.MAX_VALUE;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) throw new RangeError(`Nan in summary histogram for: ${tag}`);
    if (!Number.isFinite(v)) throw new RangeError(`Infinity in summary histogram for: ${tag}`);
    // std::upper_bound; DBL_MAX itself would index one past the end in C++, so it joins the last bucket.
    counts[Math.min(upperBound(limits, v), limits.length - 1)] += 1;
    if (min > v) min = v;
    if (max < v) max = v;
    sum += v;
    sumSquares += v * v;
  }
  return { min, max, num: values.length, sum, sumSquares, ...collapseEmptyRuns(limits, counts) };
}

/** EncodeToProto(preserve_zero_buckets = false): each run of empty buckets becomes one entry at the run's last limit. */
function collapseEmptyRuns(limits: readonly number[], counts: Float64Array): { bucketLimit: number[]; bucket: number[] } {
  const bucketLimit: number[] = [];
  const bucket: number[] = [];
  for (let i = 0; i < counts.length; ) {
    let end = limits[i];
    let count = counts[i];
    i++;
    if (count <= 0) {
      while (i < counts.length && counts[i] <= 0) {
        end = limits[i];
        count = counts[i];
        i++;
      }
    }
    bucketLimit.push(end);
    bucket.push(count);
  }
  return { bucketLimit, bucket };
}

/** Index of the first limit greater than `v`. */
function upperBound(limits: readonly number[], v: number): number {
  let lo = 0;
  let hi = limits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (limits[mid] > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * TensorBoard's reading of a HistogramProto: empty buckets at both ends are
 * dropped, min and max become the outer edges, inner lefts are the previous
 * limit. data_compat.py stores the result as float32, so every number is
 * rounded to float32 here too.
 */
export function tf1Buckets(histo: HistogramProto): Bucket[] {
  const counts = histo.bucket;
  const start = counts.findIndex((c) => c > 0);
  if (start < 0) return [];
  const end = counts.findLastIndex((c) => c > 0);
  const buckets: Bucket[] = [];
  for (let i = start; i <= end; i++) {
    const left = i === start ? histo.min : histo.bucketLimit[i - 1];
    const right = i === end ? histo.max : histo.bucketLimit[i];
    buckets.push({ left: Math.fround(left), right: Math.fround(right), count: Math.fround(counts[i]) });
  }
  return buckets;
}
