import { describe, expect, it } from 'vitest';
import { Philox } from './philox.ts';

const hex = (words: Uint32Array) => Array.from(words, (w) => w.toString(16).padStart(8, '0'));

function at(counter: number[], key: number[]): Philox {
  const p = new Philox(0, 0);
  p.counter.set(counter);
  p.key.set(key);
  return p;
}

describe('Philox4x32-10', () => {
  // Random123's known-answer vectors (kat_vectors), which TF's generator reproduces.
  it('gives the Random123 known answers', () => {
    expect(hex(at([0, 0, 0, 0], [0, 0]).next())).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    expect(hex(at([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff]).next())).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    expect(hex(at([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]).next())).toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('sets the key from the first seed and the counter\'s high words from the second', () => {
    const p = new Philox(2 ** 32 + 5, 3 * 2 ** 32 + 7);
    expect(Array.from(p.key)).toEqual([5, 1]);
    expect(Array.from(p.counter)).toEqual([0, 0, 7, 3]);
  });

  it('counts up by one per call, carrying across words', () => {
    const p = at([0xffffffff, 0xffffffff, 0xffffffff, 0], [1, 2]);
    p.next();
    expect(Array.from(p.counter)).toEqual([0, 0, 0, 1]);
  });

  it('skip(n) lands where n calls land, also past 2^32', () => {
    const a = new Philox(777, 3);
    const b = a.clone();
    for (let i = 0; i < 1000; i++) a.next();
    b.skip(1000);
    expect(hex(b.next())).toEqual(hex(a.next()));
    const c = at([0xfffffff0, 0xffffffff, 9, 0], [1, 2]);
    c.skip(2 ** 32 + 0x20);
    expect(Array.from(c.counter)).toEqual([0x10, 1, 10, 0]);
  });
});
