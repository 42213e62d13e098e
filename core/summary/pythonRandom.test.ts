import { describe, expect, it } from 'vitest';
import { pythonRandom } from './pythonRandom.ts';

// Expected numbers were printed by CPython 3.11:
//   r = random.Random(0); r.getrandbits(32), r.getrandbits(32)  -> 3626764237, 1654615998
//   random.Random(0).random()                                   -> 0.8444218515250481
//   r = random.Random(0); [r.randint(0, k) for k in (5, 6, 7, 1000, 99999)] -> [3, 6, 6, 41, 33936]
//   random.Random(2**40 + 5).getrandbits(32)                    -> 2166296868
//   random.Random(0).getrandbits(40)                            -> 424533559245
describe('pythonRandom', () => {
  it('matches CPython\'s MT19937 stream for seed 0', () => {
    const r = pythonRandom(0);
    expect([r.getrandbits(32), r.getrandbits(32)]).toEqual([3626764237, 1654615998]);
  });

  it('agrees with random() built from two words', () => {
    // random() = ((a >> 5) * 2^26 + (b >> 6)) / 2^53
    const r = pythonRandom(0);
    const a = r.getrandbits(32) >>> 5;
    const b = r.getrandbits(32) >>> 6;
    expect((a * 67108864 + b) / 9007199254740992).toBe(0.8444218515250481);
    // The same two words: 3626764237 >> 5 = 113336382, 1654615998 >> 6 = 25853374.
    expect([a, b]).toEqual([113336382, 25853374]);
  });

  it('draws randint like random.randint, rejecting draws past the range', () => {
    const r = pythonRandom(0);
    expect([5, 6, 7, 1000, 99999].map((k) => r.randint(0, k))).toEqual([3, 6, 6, 41, 33936]);
  });

  it('seeds with 32-bit words of large seeds and takes more than 32 bits low word first', () => {
    expect(pythonRandom(2 ** 40 + 5).getrandbits(32)).toBe(2166296868);
    // 424533559245 = 98 * 2^32 + 3626764237: low word first, then 1654615998 >>> 24 = 98.
    expect(pythonRandom(0).getrandbits(40)).toBe(424533559245);
    expect(pythonRandom(-7).getrandbits(32)).toBe(pythonRandom(7).getrandbits(32));
  });

  it('refuses seeds and widths it cannot reproduce', () => {
    expect(() => pythonRandom(0.5)).toThrow(/safe integer/);
    expect(() => pythonRandom(0).getrandbits(54)).toThrow(/1\.\.53/);
  });
});
