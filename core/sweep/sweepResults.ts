/**
 * A sweep's results as the document keeps them (top-level `sweepResults`):
 * the definition that ran and, per run, its setting, seed and logged curves,
 * downsampled. The final metrics are the curves' last points (training
 * always logs its last step), so they are not stored twice.
 */
import type { SweepRunResult } from './runSweep.ts';
import type { SweepDefinition } from './sweep.ts';

/** One trained run of a sweep. */
export interface SweptRun {
  /** The setting's label (`train.optimizer=Adam`), as in the results table. */
  setting: string;
  seed: number;
  /** The log steps kept, ascending; every tag has one value per step. */
  steps: number[];
  /** Tag -> its value at each kept step; NaN where it was not finite (saved as null). */
  values: Record<string, number[]>;
  /** Set when training stopped on a value that is not finite. */
  stopped?: string;
}

export interface SweepResults {
  sweep: SweepDefinition;
  runs: SweptRun[];
}

/** The most points per tag a saved run keeps; a chart is no sharper with more. */
export const SAVED_POINTS = 200;

/** The run with at most `max` evenly spread points, the first and the last always kept. */
export function downsampleRun(run: SweptRun, max = SAVED_POINTS): SweptRun {
  const n = run.steps.length;
  if (n <= max) return run;
  const picks = Array.from({ length: max }, (_, k) => Math.round((k * (n - 1)) / (max - 1)));
  return { ...run, steps: picks.map((i) => run.steps[i]), values: Object.fromEntries(Object.entries(run.values).map(([tag, v]) => [tag, picks.map((i) => v[i])])) };
}

/** Each run's final metrics (its last value per tag), as the results table takes them; a stopped run has none. */
export function finalMetrics(runs: readonly SweptRun[]): SweepRunResult[] {
  return runs.map((r) => {
    const metrics: Record<string, number> = {};
    if (r.stopped === undefined) for (const [tag, v] of Object.entries(r.values)) if (v.length > 0) metrics[tag] = v[v.length - 1];
    return { setting: r.setting, seed: r.seed, metrics, ...(r.stopped === undefined ? {} : { stopped: r.stopped }) };
  });
}
