/**
 * What the scalar chart draws, computed without the DOM: each run's points on
 * the chosen x axis, smoothed as TensorBoard smooths them, and the y domain
 * fitted as TensorBoard fits it (outliers ignored, padded and rounded).
 */
import { scaleLinear } from 'd3';
import { classicSmoothing } from '../../core/summary/smoothing.ts';
import { yDomain, type YScale } from '../../core/summary/yRange.ts';

export type XMode = 'step' | 'relative' | 'wall';

/** One run's points of one tag, as stored. */
export interface ScalarSeriesInput {
  id: string;
  label: string;
  color: string;
  points: readonly { step: number; wallTime: number; value: number }[];
}

export interface ChartSeries {
  id: string;
  label: string;
  color: string;
  /** x per point: the step, seconds since the run's first point, or wall time in ms. */
  x: Float64Array;
  raw: Float64Array;
  smoothed: Float64Array;
  steps: Float64Array;
  wallTimes: Float64Array;
}

export interface ScalarModel {
  series: ChartSeries[];
  x: [number, number];
  y: [number, number];
}

export interface ScalarOptions {
  smoothing: number;
  xMode: XMode;
  yScale: YScale;
  ignoreOutliers: boolean;
}

/** The chart's series and domains. */
export function scalarModel(inputs: readonly ScalarSeriesInput[], options: ScalarOptions): ScalarModel {
  const series = inputs
    .filter((s) => s.points.length > 0)
    .map((s): ChartSeries => {
      const steps = Float64Array.from(s.points, (p) => p.step);
      const wallTimes = Float64Array.from(s.points, (p) => p.wallTime);
      const raw = Float64Array.from(s.points, (p) => p.value);
      const start = wallTimes[0];
      const x = options.xMode === 'step' ? steps : options.xMode === 'relative' ? wallTimes.map((t) => (t - start) / 1000) : wallTimes;
      return { id: s.id, label: s.label, color: s.color, x, raw, smoothed: classicSmoothing(raw, options.smoothing), steps, wallTimes };
    });
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    lo = Math.min(lo, s.x[0]);
    hi = Math.max(hi, s.x[s.x.length - 1]);
  }
  // One point: a unit-wide axis centred on it, so its dot sits in the middle rather than cut by the edge.
  const half = options.xMode === 'wall' ? 500 : 0.5;
  const x: [number, number] = series.length === 0 ? [0, 1] : lo === hi ? [lo - half, lo + half] : [lo, hi];
  // Both lines are drawn, so both are fitted: early outliers keep the smoothed line high for a while.
  const y = yDomain(series.flatMap((s) => [s.raw, s.smoothed]), { ignoreOutliers: options.ignoreOutliers, scale: options.yScale });
  return { series, x, y };
}

/** The index of the point of `xs` (ascending) nearest to `x`. */
export function nearestIndex(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[hi] - x) < Math.abs(xs[lo] - x) ? hi : lo;
}

/** Whole-step ticks within `domain`, about `count` of them (d3's nice steps, the fractional ones left out). */
export function stepTicks(domain: readonly [number, number], count: number): number[] {
  return scaleLinear().domain(domain).ticks(count).filter(Number.isInteger);
}
