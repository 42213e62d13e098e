/**
 * The y range of TensorBoard's scalar chart. Source:
 * tensorboard/webapp/widgets/line_chart_v2/line_chart_internal_utils.ts
 * (`computeDataSeriesExtent`) for the extent, line_chart_component.ts for the
 * [0, 1] default and lib/scale.ts (`niceDomain`) for the padding.
 */
import { niceLinearDomain, niceLog10Domain } from './niceDomain.ts';

/** The chart's y axis: linear or log10. */
export type YScale = 'linear' | 'log10';

/** How the y range is fitted. */
export interface YRangeOptions {
  /** Fit the 5th..95th percentile of the points instead of all of them (TensorBoard's default). */
  ignoreOutliers?: boolean;
  scale?: YScale;
}

/** The fallback extent when no point is drawable (`DEFAULT_EXTENT` in line_chart_component.ts). */
const DEFAULT_EXTENT: [number, number] = [0, 1];

/**
 * The [min, max] of the drawable y values over every visible series, or
 * undefined when there are none. Linear scales draw finite values; log scales
 * finite positive ones. With outliers ignored and more than two values, the
 * ends are the sorted values at ceil((n-1)*0.05) and floor((n-1)*0.95).
 */
export function yExtent(series: readonly ArrayLike<number>[], options: YRangeOptions = {}): [number, number] | undefined {
  const { ignoreOutliers = true, scale = 'linear' } = options;
  const safe = scale === 'log10' ? (y: number) => Number.isFinite(y) && y > 0 : Number.isFinite;
  const ys: number[] = [];
  for (const s of series) for (let i = 0; i < s.length; i++) if (safe(s[i])) ys.push(s[i]);
  if (ys.length === 0) return undefined;
  const sorted = Float64Array.from(ys).sort();
  const n = sorted.length;
  if (ignoreOutliers && n > 2) return [sorted[Math.ceil((n - 1) * 0.05)], sorted[Math.floor((n - 1) * 0.95)]];
  return [sorted[0], sorted[n - 1]];
}

/** The y domain TensorBoard's chart opens with: the extent (or [0, 1]) padded and rounded for the scale. */
export function yDomain(series: readonly ArrayLike<number>[], options: YRangeOptions = {}): [number, number] {
  const extent = yExtent(series, options) ?? DEFAULT_EXTENT;
  return options.scale === 'log10' ? niceLog10Domain(extent) : niceLinearDomain(extent);
}
