import { describe, expect, it } from 'vitest';
import { nice, niceLinearDomain, niceLog10Domain, tickIncrement } from './niceDomain.ts';

describe('tickIncrement (d3-array 1)', () => {
  it('picks 1, 2, 5 or 10 times a power of ten, inverted and negated below 1', () => {
    expect(tickIncrement(0, 10, 10)).toBe(1); // step 1, error 1 -> 1
    expect(tickIncrement(0, 45, 10)).toBe(5); // step 4.5 >= sqrt(10) -> 5
    expect(tickIncrement(0, 30, 10)).toBe(2); // step 3, sqrt(2) <= 3 < sqrt(10) -> 2
    expect(tickIncrement(0, 1, 10)).toBe(-10); // step 0.1 -> -1/0.1
    expect(tickIncrement(0, 0.07, 10)).toBe(-200); // step 0.007, error 7 < sqrt(50) -> 5e-3 -> -200
  });
});

describe('nice (d3-scale 2)', () => {
  it('snaps both ends outward to the tick step', () => {
    // step 0.089 -> 0.1 (inc -10): ceil(-0.37*-10)/-10 = -0.4, floor(0.52*-10)/-10 = 0.6
    expect(nice(-0.37, 0.52, 10)).toEqual([-0.4, 0.6]);
    expect(nice(0.5, 9.5, 10)).toEqual([0, 10]);
  });
});

describe('niceLinearDomain', () => {
  it('pads by 5% then rounds', () => {
    // [0, 10]: padding (10 + eps) * 0.05 = 0.5 -> [-0.5, 10.5]; step 1.1 -> 1 -> [-1, 11]; step 1.2 -> 1.
    expect(niceLinearDomain([0, 10])).toEqual([-1, 11]);
    // [0.2, 0.8]: padding 0.03 -> [0.17, 0.83]; step 0.066 -> 0.05 (inc -20) -> [0.15, 0.85].
    expect(niceLinearDomain([0.2, 0.8])).toEqual([0.15, 0.85]);
  });

  it('opens a flat extent from zero', () => {
    expect(niceLinearDomain([0, 0])).toEqual([-1, 1]);
    expect(niceLinearDomain([5, 5])).toEqual([0, 10]);
    expect(niceLinearDomain([-3, -3])).toEqual([-6, 0]);
  });

  it('rejects a reversed extent', () => {
    expect(() => niceLinearDomain([2, 1])).toThrow(/larger than max/);
  });
});

describe('niceLog10Domain', () => {
  it('halves the min and doubles the max', () => {
    expect(niceLog10Domain([0.1, 100])).toEqual([0.05, 200]);
  });

  it('keeps the domain positive', () => {
    // min 0 -> MIN_VALUE, and MIN_VALUE * 0.5 rounds to 0, so the floor stays MIN_VALUE.
    expect(niceLog10Domain([0, 1])).toEqual([Number.MIN_VALUE, 2]);
    expect(niceLog10Domain([-5, -1])).toEqual([Number.MIN_VALUE, 1]);
    expect(() => niceLog10Domain([2, 1])).toThrow(/larger than max/);
  });
});
