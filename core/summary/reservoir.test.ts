import { describe, expect, it } from 'vitest';
import { createReservoir, SCALAR_RESERVOIR_SIZE } from './reservoir.ts';

/** Adds 0..n-1 under `key`. */
function fill(size: number, n: number, seed = 0, key = 'loss'): number[] {
  const r = createReservoir<number>(size, seed);
  for (let i = 0; i < n; i++) r.add(key, i);
  return r.items(key);
}

describe('createReservoir', () => {
  it('keeps everything until full, in order', () => {
    expect(fill(5, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('then keeps `size` items, the newest always last', () => {
    // Item 5: randint(0, 5) draws 3 (see pythonRandom.test.ts) < 5, so index 3 leaves: [0, 1, 2, 4, 5].
    expect(fill(5, 6)).toEqual([0, 1, 2, 4, 5]);
    // Item 6: randint(0, 6) draws 6 >= 5, so 6 replaces the newest: [0, 1, 2, 4, 6].
    expect(fill(5, 7)).toEqual([0, 1, 2, 4, 6]);
  });

  it('keeps the items TensorBoard\'s reservoir.py keeps', () => {
    // Printed by reservoir.py's _ReservoirBucket logic under CPython 3.11 with random.Random(seed).
    expect(fill(5, 20)).toEqual([1, 2, 4, 7, 19]);
    expect(fill(5, 100)).toEqual([4, 49, 52, 62, 99]);
    expect(fill(3, 10, 7)).toEqual([3, 7, 9]);
  });

  it('stays at 1000 points over a 100,000-step run', () => {
    const kept = fill(SCALAR_RESERVOIR_SIZE, 100_000);
    expect(kept.length).toBe(1000);
    expect(kept.slice(0, 10)).toEqual([42, 94, 167, 229, 234, 273, 310, 318, 474, 536]);
    expect(kept.slice(-3)).toEqual([99884, 99981, 99999]);
    expect(kept.reduce((s, x) => s + x, 0)).toBe(49669632);
  });

  it('samples each key alike whatever the interleaving', () => {
    const r = createReservoir<number>(4);
    for (let i = 0; i < 50; i++) {
      r.add('a', i);
      r.add('b', i);
    }
    expect(r.items('a')).toEqual(fill(4, 50));
    expect(r.items('b')).toEqual(r.items('a'));
    expect(r.keys()).toEqual(['a', 'b']);
  });

  it('keeps everything for size 0 and nothing for unknown keys', () => {
    expect(fill(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(createReservoir(3).items('none')).toEqual([]);
    expect(() => createReservoir(-1)).toThrow(/nonnegative integer/);
  });

  it('changes the sample with the seed', () => {
    expect(fill(5, 100, 1)).not.toEqual(fill(5, 100, 0));
  });
});
