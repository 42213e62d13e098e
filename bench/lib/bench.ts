/**
 * What a benchmark file exports and what it reports. Each `bench/*.bench.ts`
 * default-exports one `Bench`; `bench/index.ts` runs them and prints a table.
 */
import type { Timing } from './timing.ts';

export interface BenchRow {
  /** What was timed, e.g. `analyze (1,000 nodes)`. */
  name: string;
  timing: Timing;
  /** Milliseconds the median should stay under, when there is a target. */
  target?: number;
  /** Anything else worth printing: a ratio, a size. */
  note?: string;
}

export interface Bench {
  name: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
}

/** Declares a benchmark. */
export function defineBench(bench: Bench): Bench {
  return bench;
}
