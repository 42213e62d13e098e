/**
 * What the histogram and distribution charts draw, without the DOM: the
 * stored [left, right, count] buckets of each step re-binned onto TensorBoard's
 * shared 30-bin grid, and each step compressed to the distribution's basis
 * points.
 */
import type { Bucket } from '../../core/summary/bucket.ts';
import { compressHistogram, NORMAL_HISTOGRAM_BPS } from '../../core/summary/distribution.ts';
import { type Bin, rebinHistograms } from '../../core/summary/rebin.ts';
import type { HistogramEntry } from '../training/protocol.ts';

/** The stored buckets of one entry, without the empty ones at both ends (as TensorBoard's data_compat drops them). */
export function bucketsOf(entry: HistogramEntry): Bucket[] {
  const out: Bucket[] = [];
  for (let i = 0; i + 2 < entry.buckets.length; i += 3) out.push({ left: entry.buckets[i], right: entry.buckets[i + 1], count: entry.buckets[i + 2] });
  let start = 0;
  let end = out.length;
  while (start < end && out[start].count === 0) start++;
  while (end > start && out[end - 1].count === 0) end--;
  return out.slice(start, end);
}

export interface HistogramSlice {
  step: number;
  wallTime: number;
  bins: Bin[];
}

/** Every step re-binned onto one grid; steps whose values were not finite are left out. */
export function histogramSlices(entries: readonly HistogramEntry[]): HistogramSlice[] {
  const kept = entries.filter((e) => e.buckets.length > 0);
  const bins = rebinHistograms(kept.map(bucketsOf));
  return kept.map((e, i) => ({ step: e.step, wallTime: e.wallTime, bins: bins[i] }));
}

/** The range of every value the entries saw (their non-empty buckets), or undefined when none has any. */
export function histogramExtent(entries: readonly HistogramEntry[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    const buckets = bucketsOf(e);
    if (buckets.length === 0) continue;
    lo = Math.min(lo, buckets[0].left);
    hi = Math.max(hi, buckets[buckets.length - 1].right);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** One x range over several tags' histograms, for charts drawn on a shared scale. */
export function sharedExtent(groups: readonly (readonly HistogramEntry[])[]): [number, number] | undefined {
  const extents = groups.map(histogramExtent).filter((e) => e !== undefined);
  if (extents.length === 0) return undefined;
  return [Math.min(...extents.map((e) => e[0])), Math.max(...extents.map((e) => e[1]))];
}

export interface DistributionPoint {
  step: number;
  /** Values at the basis points 0, 668, 1587, 3085, 5000, 6915, 8413, 9332, 10000. */
  values: number[];
}

/** Each step's values at the normal distribution's basis points. */
export function distributionPoints(entries: readonly HistogramEntry[]): DistributionPoint[] {
  return entries
    .filter((e) => e.buckets.length > 0)
    .map((e) => ({ step: e.step, values: compressHistogram(bucketsOf(e), NORMAL_HISTOGRAM_BPS).map((c) => c.value) }));
}
