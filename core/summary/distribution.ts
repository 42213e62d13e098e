/**
 * The distribution dashboard's bands: a histogram compressed to the values at
 * fixed cumulative fractions. Source: tensorboard/plugins/distribution/compressor.py
 * (`compress_histogram`, the one run on [left, right, count] buckets).
 */
import type { Bucket } from './bucket.ts';

/** The normal CDF at -inf, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, +inf sigma, in basis points (1/10,000). */
export const NORMAL_HISTOGRAM_BPS: readonly number[] = [0, 668, 1587, 3085, 5000, 6915, 8413, 9332, 10000];

/** The value at one basis point of the cumulative count. */
export interface CompressedValue {
  basisPoint: number;
  value: number;
}

/**
 * The value below which each basis point of the count lies, by linear
 * interpolation inside the bucket that crosses it. No buckets give zeros;
 * points past the last count give the right edge of the last bucket.
 */
export function compressHistogram(buckets: readonly Bucket[], bps: readonly number[] = NORMAL_HISTOGRAM_BPS): CompressedValue[] {
  if (buckets.length === 0) return bps.map((basisPoint) => ({ basisPoint, value: 0 }));
  const minmin = buckets[0].left;
  const maxmax = buckets[buckets.length - 1].right;
  const total = buckets.reduce((s, b) => s + b.count, 0) || 1;
  // numpy: (counts * bps[-1] / total).cumsum(), element by element in this order.
  const weights: number[] = [];
  let running = 0;
  for (const b of buckets) weights.push((running += (b.count * bps[bps.length - 1]) / total));
  const result: CompressedValue[] = [];
  let j = 0;
  outer: while (j < bps.length) {
    for (let i = searchSortedRight(weights, bps[j]); i < weights.length; i++) {
      const cumsum = weights[i];
      const prev = i > 0 ? weights[i - 1] : 0;
      // An empty bucket cannot be interpolated in (0/0); the next one holds the point.
      if (cumsum === prev) continue;
      const lhs = i === 0 || prev === 0 ? minmin : Math.max(buckets[i - 1].right, minmin);
      const rhs = Math.min(buckets[i].right, maxmax);
      result.push({ basisPoint: bps[j], value: lerp(bps[j], prev, cumsum, lhs, rhs) });
      j++;
      continue outer;
    }
    break;
  }
  for (; j < bps.length; j++) result.push({ basisPoint: bps[j], value: maxmax });
  return result;
}

/** numpy.searchsorted(side="right"): the first index whose weight exceeds x. */
function searchSortedRight(weights: readonly number[], x: number): number {
  let lo = 0;
  let hi = weights.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (weights[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Affinely map x from [x0, x1] onto [y0, y1], in compressor.py's operation order. */
function lerp(x: number, x0: number, x1: number, y0: number, y1: number): number {
  return y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
}
