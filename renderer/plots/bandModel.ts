/**
 * What the grouped scalar chart draws, without the DOM: the runs of each
 * setting smoothed as TensorBoard smooths one run, then at every log step
 * their mean and a band, min to max or mean ± 1 sample std, over the runs
 * that logged that step. The debiased EMA is linear, so the mean of the
 * smoothed runs is the smoothed mean of the raw runs. The y domain is fitted
 * as TensorBoard fits it, over the bands and every run (shown on hover).
 */
import { classicSmoothing } from '../../core/summary/smoothing.ts';
import { yDomain, type YScale } from '../../core/summary/yRange.ts';

export type BandKind = 'minmax' | 'std';

/** One run of one tag: its steps and raw values. */
export interface BandRunInput {
  seed: number;
  steps: readonly number[];
  values: readonly number[];
}

export interface BandGroupInput {
  setting: string;
  /** The short name the tooltip uses (the values only). */
  label: string;
  color: string;
  runs: readonly BandRunInput[];
}

export interface BandRun {
  seed: number;
  steps: Float64Array;
  smoothed: Float64Array;
}

export interface BandGroup {
  setting: string;
  label: string;
  color: string;
  /** The union of the runs' steps, ascending. */
  steps: Float64Array;
  mean: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Runs with a finite value at each step. */
  n: Uint16Array;
  runs: BandRun[];
}

export interface BandModel {
  groups: BandGroup[];
  x: [number, number];
  y: [number, number];
  band: BandKind;
}

export interface BandOptions {
  smoothing: number;
  band: BandKind;
  yScale: YScale;
  ignoreOutliers: boolean;
}

/** The groups' bands and the chart's domains. */
export function bandModel(inputs: readonly BandGroupInput[], options: BandOptions): BandModel {
  const groups = inputs.map((g) => bandGroup(g, options)).filter((g) => g.steps.length > 0);
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of groups) {
    lo = Math.min(lo, g.steps[0]);
    hi = Math.max(hi, g.steps[g.steps.length - 1]);
  }
  const x: [number, number] = groups.length === 0 ? [0, 1] : lo === hi ? [lo - 0.5, lo + 0.5] : [lo, hi];
  const y = yDomain(groups.flatMap((g) => [g.lo, g.hi, g.mean, ...g.runs.map((r) => r.smoothed)]), { ignoreOutliers: options.ignoreOutliers, scale: options.yScale });
  return { groups, x, y, band: options.band };
}

function bandGroup(input: BandGroupInput, options: BandOptions): BandGroup {
  const runs = input.runs.filter((r) => r.steps.length > 0).map((r) => ({ seed: r.seed, steps: Float64Array.from(r.steps), smoothed: classicSmoothing(Float64Array.from(r.values), options.smoothing) }));
  const steps = Float64Array.from(new Set(runs.flatMap((r) => Array.from(r.steps)))).sort();
  const at = runs.map((r) => new Map(Array.from(r.steps, (s, i) => [s, r.smoothed[i]])));
  const mean = new Float64Array(steps.length);
  const lo = new Float64Array(steps.length);
  const hi = new Float64Array(steps.length);
  const n = new Uint16Array(steps.length);
  steps.forEach((step, i) => {
    const ys = at.map((m) => m.get(step)).filter((v): v is number => v !== undefined && Number.isFinite(v));
    n[i] = ys.length;
    if (ys.length === 0) {
      mean[i] = lo[i] = hi[i] = NaN;
      return;
    }
    const m = ys.reduce((a, b) => a + b, 0) / ys.length;
    mean[i] = m;
    if (options.band === 'minmax') {
      lo[i] = Math.min(...ys);
      hi[i] = Math.max(...ys);
    } else {
      const sd = ys.length > 1 ? Math.sqrt(ys.reduce((a, b) => a + (b - m) ** 2, 0) / (ys.length - 1)) : 0;
      lo[i] = m - sd;
      hi[i] = m + sd;
    }
  });
  return { setting: input.setting, label: input.label, color: input.color, steps, mean, lo, hi, n, runs };
}
