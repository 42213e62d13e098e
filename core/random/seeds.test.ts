import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_SEED, getSeed, MAXINT32, truncateSeed } from './seeds.ts';

describe('get_seed', () => {
  it('pairs the graph seed with the op seed', () => {
    expect(getSeed(777, 3)).toEqual([777, 3]);
  });
  it('uses the default graph seed when only the op seed is set', () => {
    expect(getSeed(undefined, 5)).toEqual([DEFAULT_GRAPH_SEED, 5]);
  });
  it('truncates modulo 2^31 - 1 as Python does, negatives included', () => {
    expect(truncateSeed(MAXINT32 + 4)).toBe(4);
    expect(truncateSeed(-1)).toBe(MAXINT32 - 1);
    expect(getSeed(2 ** 40, 0)).toEqual([(2 ** 40) % MAXINT32, 0]);
  });
  it('never gives (0, 0), which the kernels read as "random"', () => {
    expect(getSeed(0, 0)).toEqual([0, MAXINT32]);
    expect(getSeed(MAXINT32, MAXINT32)).toEqual([0, MAXINT32]);
    expect(getSeed(0, 1)).toEqual([0, 1]);
  });
});
