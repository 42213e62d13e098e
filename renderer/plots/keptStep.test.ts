import { describe, expect, it } from 'vitest';
import { keptIndexAtOrBefore, keptStepAtOrBefore } from './keptStep.ts';

describe('keptStepAtOrBefore', () => {
  const steps = [0, 20, 40, 100];
  it('finds an exact step', () => {
    expect(keptStepAtOrBefore(steps, 40)).toBe(40);
    expect(keptIndexAtOrBefore(steps, 40)).toBe(2);
  });
  it('takes the kept step before a step between two', () => {
    expect(keptStepAtOrBefore(steps, 39)).toBe(20);
    expect(keptStepAtOrBefore(steps, 99)).toBe(40);
  });
  it('takes the last kept step for a step past them all', () => {
    expect(keptStepAtOrBefore(steps, 5000)).toBe(100);
  });
  it('has none for a step before the first kept one, or with nothing kept', () => {
    expect(keptStepAtOrBefore([10, 20], 5)).toBeUndefined();
    expect(keptIndexAtOrBefore([10, 20], 5)).toBe(-1);
    expect(keptStepAtOrBefore([], 5)).toBeUndefined();
  });
  it('works on typed arrays and a single step', () => {
    expect(keptStepAtOrBefore(new Float64Array([3]), 3)).toBe(3);
    expect(keptIndexAtOrBefore(new Float64Array([3]), 2)).toBe(-1);
  });
});
