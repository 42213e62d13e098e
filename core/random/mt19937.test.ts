import { describe, expect, it } from 'vitest';
import { MT19937 } from './mt19937.ts';

describe('MT19937 as NumPy seeds it', () => {
  it('gives the reference first output for seed 5489', () => {
    expect(new MT19937(5489).nextUint32()).toBe(3499211612);
  });

  it('RandomState(777).permutation(12), twice, as NumPy 2.4 gives them', () => {
    const r = new MT19937(777);
    expect(Array.from(r.permutation(12))).toEqual([10, 0, 3, 2, 8, 4, 5, 9, 1, 11, 6, 7]);
    expect(Array.from(r.permutation(12))).toEqual([6, 9, 11, 3, 8, 5, 4, 10, 1, 0, 2, 7]);
  });

  it('a clone continues the same stream', () => {
    const r = new MT19937(1);
    r.permutation(700);
    const c = r.clone();
    expect(Array.from(c.permutation(50))).toEqual(Array.from(r.permutation(50)));
  });

  it('refuses seeds RandomState refuses', () => {
    expect(() => new MT19937(-1)).toThrow(/2\^32/);
    expect(() => new MT19937(2 ** 32)).toThrow(/2\^32/);
  });
});
