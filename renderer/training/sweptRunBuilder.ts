/** One sweep run's curves as its batches arrive: every logged tag's value per log step, in step. */
import type { SweptRun } from '../../core/sweep/sweepResults.ts';
import type { ScalarRows } from './protocol.ts';

/** Collects the scalar rows of one run; `snapshot()` is the run so far. */
export function sweptRunBuilder(setting: string, seed: number) {
  const steps: number[] = [];
  const values: Record<string, number[]> = {};
  return {
    add(rows: ScalarRows): void {
      const { tags } = rows;
      for (let row = 0; row < rows.steps.length; row++) {
        steps.push(rows.steps[row]);
        tags.forEach((tag, column) => {
          // A tag first seen late (none so far) is NaN at the steps before it.
          const v = (values[tag] ??= new Array<number>(steps.length - 1).fill(NaN));
          v.push(rows.values[row * tags.length + column]);
        });
        for (const [tag, v] of Object.entries(values)) if (v.length < steps.length && !tags.includes(tag)) v.push(NaN);
      }
    },
    snapshot(stopped?: string): SweptRun {
      const run: SweptRun = { setting, seed, steps: [...steps], values: Object.fromEntries(Object.entries(values).map(([t, v]) => [t, [...v]])) };
      if (stopped !== undefined) run.stopped = stopped;
      return run;
    },
  };
}
