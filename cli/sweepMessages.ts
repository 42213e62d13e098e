/** What `flowboard sweep --jobs` and its worker threads send each other (sweepPool.ts, sweepWorker.ts). */
import type { SweepRun } from '../core/sweep/expand.ts';
import type { SweepRunResult } from '../core/sweep/runSweep.ts';

/** Given to each worker when it starts. */
export interface SweepWorkerData {
  /** The graph file's folder: a CSV's path is read from there, as `flowboard train` reads it. */
  dir: string;
  backend: string;
  steps?: number;
}

/** A run to train, by its place in the sweep. */
export interface ToWorker {
  index: number;
  run: SweepRun;
}

/** The run's result, or why it could not be trained. */
export type ToPool = { index: number; result: SweepRunResult } | { index: number; error: string };
