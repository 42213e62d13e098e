import { describe, expect, it } from 'vitest';
import { classicSmoothing } from './smoothing.ts';

describe('classicSmoothing', () => {
  it('debiases the moving average (w = 0.5 keeps the arithmetic exact)', () => {
    // n=1: last = 0.5*0 + 0.5*1 = 0.5;      / (1 - 0.5)   = 1
    // n=2: last = 0.5*0.5 + 0.5*3 = 1.75;   / (1 - 0.25)  = 7/3
    // n=3: last = 0.5*1.75 + 0.5*5 = 3.375; / (1 - 0.125) = 27/7
    expect([...classicSmoothing([1, 3, 5], 0.5)]).toEqual([1, 7 / 3, 27 / 7]);
  });

  it('uses the default weight 0.6', () => {
    // n=1: 0.4*10 / 0.4 = 10; n=2: (0.6*4 + 0.4*20) / (1 - 0.36) = 10.4 / 0.64 = 16.25
    const out = classicSmoothing([10, 20]);
    expect(out[0]).toBeCloseTo(10, 12);
    expect(out[1]).toBeCloseTo(16.25, 12);
  });

  it('passes NaN and infinities through without advancing the average', () => {
    // The NaN and Inf do not count: 3 is the second finite point, so it gets 7/3 as above.
    const out = classicSmoothing([1, NaN, 3, Infinity, -Infinity], 0.5);
    expect([...out]).toEqual([1, NaN, 7 / 3, Infinity, -Infinity]);
  });

  it('returns a constant series unchanged', () => {
    // Without the special case, 0.1 with w = 0.6 comes out as 0.10000000000000002.
    expect([...classicSmoothing([0.1, 0.1, 0.1], 0.6)]).toEqual([0.1, 0.1, 0.1]);
    expect([...classicSmoothing([7], 0.6)]).toEqual([7]);
    expect(classicSmoothing([], 0.6).length).toBe(0);
  });

  it('treats a series with a NaN as not constant', () => {
    expect([...classicSmoothing([NaN, 2, 4], 0.5)]).toEqual([NaN, 2, (0.5 + 2) / 0.75]);
  });

  it('clamps the weight: 1 gives TensorBoard\'s flat zero line, <= 0 or NaN the raw values', () => {
    // w = 1: last stays 0 and the divisor is 1.
    expect([...classicSmoothing([1, 2, 3], 1)]).toEqual([0, 0, 0]);
    expect([...classicSmoothing([1, 2, 3], 5)]).toEqual([0, 0, 0]);
    // w = 0: last = y and the divisor is 1 - 0^n = 1.
    expect([...classicSmoothing([1, 2, 3], -1)]).toEqual([1, 2, 3]);
    expect([...classicSmoothing([1, 2, 3], NaN)]).toEqual([1, 2, 3]);
  });

  it('reads float32 input and ignores nothing but y', () => {
    const out = classicSmoothing(new Float32Array([1, 3]), 0.5);
    expect(out).toBeInstanceOf(Float64Array);
    expect([...out]).toEqual([1, 7 / 3]);
  });
});
