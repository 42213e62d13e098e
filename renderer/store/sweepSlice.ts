/**
 * The sweep slice: a sweep being trained, as the UI shows it. Its progress
 * and the runs so far (the current one growing). Never undoable, never
 * saved: when the sweep ends its runs go into the document's `sweepResults`.
 * The sweep client (renderer/training/sweepClient.ts) writes it.
 */
import type { SweepDefinition } from '../../core/sweep/sweep.ts';
import type { SweptRun } from '../../core/sweep/sweepResults.ts';
import type { Slice } from './types.ts';

export interface SweepProgress {
  /** `running` from Run sweep until the last run ends or Stop. */
  status: 'idle' | 'running';
  sweep: SweepDefinition | undefined;
  /** Runs in the sweep, and how many have ended. */
  total: number;
  done: number;
  /** The current run's setting and seed. */
  current: { setting: string; seed: number } | undefined;
  step: number;
  totalSteps: number;
  /** When Run sweep was pressed (ms since the epoch), for the ETA. */
  startedAt: number;
  /** The ended runs, then the current one. */
  runs: readonly SweptRun[];
}

export interface SweepSlice {
  sweepProgress: SweepProgress;
  setSweepProgress(change: Partial<SweepProgress>): void;
}

/** No sweep running. */
export function idleSweep(): SweepProgress {
  return { status: 'idle', sweep: undefined, total: 0, done: 0, current: undefined, step: 0, totalSteps: 0, startedAt: 0, runs: [] };
}

/** Creates the sweep slice. */
export const createSweepSlice: Slice<SweepSlice> = (set, get) => ({
  sweepProgress: idleSweep(),
  setSweepProgress: (change) => set({ sweepProgress: { ...get().sweepProgress, ...change } }),
});
