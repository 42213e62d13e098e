import { describe, expect, it } from 'vitest';
import { idleSweep, type SweepProgress } from '../store/sweepSlice.ts';
import { sweepEta, sweepFraction, sweepProgressText } from './sweepProgressText.ts';

const lane = (step: number, totalSteps: number) => ({ setting: 'train.optimizer=Adam', seed: 1, step, totalSteps });
const running = (change: Partial<SweepProgress>): SweepProgress => ({ ...idleSweep(), status: 'running', total: 6, startedAt: 0, ...change });

describe('sweep progress', () => {
  it('counts ended runs and the current run\'s steps', () => {
    expect(sweepFraction(running({ done: 2, lanes: [lane(50, 100)] }))).toBeCloseTo(2.5 / 6, 12);
    expect(sweepFraction(running({ done: 6, lanes: [] }))).toBe(1);
    // Runs side by side each count their share.
    expect(sweepFraction(running({ done: 1, parallel: 3, lanes: [lane(50, 100), lane(25, 100), lane(0, 0)] }))).toBeCloseTo(1.75 / 6, 12);
  });

  it('gives the time left at the pace so far', () => {
    // A quarter done in 10 s: 30 s to go.
    expect(sweepEta(running({ done: 1, lanes: [lane(50, 100)], total: 6 }), 10_000)).toBeCloseTo(30, 9);
    expect(sweepEta(running({ done: 0, lanes: [lane(0, 100)] }), 10_000)).toBeUndefined();
  });

  it('says which run, its setting and step, and the ETA', () => {
    const p = running({ done: 2, lanes: [lane(120, 200)] });
    expect(sweepProgressText(p, 26_000)).toEqual({ run: 'Run 3 of 6 · train.optimizer=Adam, seed 1 · step 120 / 200', lanes: [], eta: '2 of 6 runs done · about 34 s left' });
  });

  it('says how many runs train at once, and what each is at', () => {
    const p = running({ done: 2, parallel: 3, lanes: [lane(120, 200), { ...lane(0, 0), seed: 2 }] });
    expect(sweepProgressText(p, 26_000)).toMatchObject({
      run: 'Runs 3 to 4 of 6 · 2 at once (3 workers)',
      lanes: ['train.optimizer=Adam, seed 1 · step 120 / 200', 'train.optimizer=Adam, seed 2 · loading'],
    });
  });
});
