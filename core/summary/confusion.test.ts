import { describe, expect, it } from 'vitest';
import { argMaxRows, confusionOf, overallAccuracy, perClassAccuracy, rowRates, rowTotals } from './confusion.ts';

describe('confusion matrix', () => {
  const trueClasses = [0, 0, 0, 1, 1, 2];
  const predicted = [0, 0, 1, 1, 2, 2];
  const c = confusionOf(trueClasses, predicted, 3);

  it('counts each (true, predicted) pair in its row and column', () => {
    expect(Array.from(c.counts)).toEqual([2, 1, 0, 0, 1, 1, 0, 0, 1]);
    expect(c.total).toBe(6);
    expect(rowTotals(c)).toEqual([3, 2, 1]);
  });

  it('gives per-class accuracy, row rates and the overall accuracy', () => {
    expect(perClassAccuracy(c)).toEqual([2 / 3, 0.5, 1]);
    expect(Array.from(rowRates(c))).toEqual([2 / 3, 1 / 3, 0, 0, 0.5, 0.5, 0, 0, 1]);
    expect(overallAccuracy(c)).toBeCloseTo(4 / 6);
  });

  it('leaves a class with no examples as NaN accuracy and a zero row', () => {
    const empty = confusionOf([0, 0], [0, 1], 3);
    expect(perClassAccuracy(empty)[2]).toBeNaN();
    expect(Array.from(rowRates(empty)).slice(6)).toEqual([0, 0, 0]);
    expect(overallAccuracy(confusionOf([], [], 10))).toBeNaN();
  });

  it('refuses mismatched lists and classes out of range, naming the example', () => {
    expect(() => confusionOf([0], [0, 1], 2)).toThrow(/1 true classes but 2 predictions/);
    expect(() => confusionOf([0, 3], [0, 1], 3)).toThrow(/example 1 has true class 3/);
  });

  it('takes the arg max of each row of scores, the first on a tie', () => {
    expect(Array.from(argMaxRows([0.1, 0.7, 0.2, 0.5, 0.5, 0], 3))).toEqual([1, 0]);
  });
});
