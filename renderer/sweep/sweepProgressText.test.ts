import { describe, expect, it } from 'vitest';
import { idleSweep, type SweepProgress } from '../store/sweepSlice.ts';
import { sweepEta, sweepFraction, sweepProgressText } from './sweepProgressText.ts';

const running = (change: Partial<SweepProgress>): SweepProgress => ({ ...idleSweep(), status: 'running', total: 6, startedAt: 0, ...change });

describe('sweep progress', () => {
  it('counts ended runs and the current run\'s steps', () => {
    expect(sweepFraction(running({ done: 2, step: 50, totalSteps: 100 }))).toBeCloseTo(2.5 / 6, 12);
    expect(sweepFraction(running({ done: 6, step: 100, totalSteps: 100 }))).toBe(1);
  });

  it('gives the time left at the pace so far', () => {
    // A quarter done in 10 s: 30 s to go.
    expect(sweepEta(running({ done: 1, step: 50, totalSteps: 100, total: 6 }), 10_000)).toBeCloseTo(30, 9);
    expect(sweepEta(running({ done: 0, step: 0, totalSteps: 100 }), 10_000)).toBeUndefined();
  });

  it('says which run, its setting and step, and the ETA', () => {
    const p = running({ done: 2, step: 120, totalSteps: 200, current: { setting: 'train.optimizer=Adam', seed: 1 } });
    expect(sweepProgressText(p, 26_000)).toEqual({ run: 'Run 3 of 6 · train.optimizer=Adam, seed 1 · step 120 / 200', eta: '2 of 6 runs done · about 34 s left' });
  });
});
