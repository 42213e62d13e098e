import { describe, expect, it } from 'vitest';
import { sweepWorkers } from './sweepWorkers.ts';

describe('sweepWorkers', () => {
  it('runs one after another on one or two cores, else one per core but one, at most 8', () => {
    expect([undefined, 1, 2, 3, 4, 8, 16, 64].map((c) => sweepWorkers(c))).toEqual([1, 1, 1, 2, 3, 7, 8, 8]);
  });

  it('takes ?sweepWorkers=N from the URL, ignoring what is not a whole number of at least 1', () => {
    expect(sweepWorkers(2, '?sweepWorkers=3')).toBe(3);
    expect(sweepWorkers(16, '?sweepWorkers=1')).toBe(1);
    expect(sweepWorkers(4, '?sweepWorkers=0')).toBe(3);
    expect(sweepWorkers(4, '?sweepWorkers=many')).toBe(3);
  });
});
