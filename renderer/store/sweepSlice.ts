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
  /** How many runs train at once (one worker each). */
  parallel: number;
  /** The runs training now, one per worker: setting, seed, step and length. */
  lanes: readonly SweepLane[];
  /** When Run sweep was pressed (ms since the epoch), for the ETA. */
  startedAt: number;
  /** The ended runs (in the sweep's order), then the ones training. */
  runs: readonly SweptRun[];
}

export interface SweepLane {
  setting: string;
  seed: number;
  step: number;
  totalSteps: number;
}

export interface SweepSlice {
  sweepProgress: SweepProgress;
  setSweepProgress(change: Partial<SweepProgress>): void;
}

/** No sweep running. */
export function idleSweep(): SweepProgress {
  return { status: 'idle', sweep: undefined, total: 0, done: 0, parallel: 1, lanes: [], startedAt: 0, runs: [] };
}

/** Creates the sweep slice. */
export const createSweepSlice: Slice<SweepSlice> = (set, get) => ({
  sweepProgress: idleSweep(),
  setSweepProgress: (change) => set({ sweepProgress: { ...get().sweepProgress, ...change } }),
});
