/**
 * Philox4x32-10, the counter-based generator behind TensorFlow's stateful
 * random ops, as tsl/lib/random/philox_random.h writes it: a 128-bit counter
 * and a 64-bit key, ten rounds per call, four 32-bit numbers out, counter + 1.
 */

const W32A = 0x9e3779b9;
const W32B = 0xbb67ae85;
const M4x32A = 0xd2511f53;
const M4x32B = 0xcd9e8d57;
const TWO_32 = 2 ** 32;

/** The high 32 bits of the 64-bit product a * b (a, b unsigned 32-bit). */
function mulHi(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const mid = a1 * b0 + ((a0 * b0) >>> 16);
  const mid2 = (mid % 65536) + a0 * b1;
  return (a1 * b1 + Math.floor(mid / 65536) + Math.floor(mid2 / 65536)) >>> 0;
}

/** Adds 1 to the 128-bit counter from word `from` up (a typed array's `++` yields the unwrapped number, so compare the stored word). */
function carry(c: Uint32Array, from: number): void {
  for (let i = from; i < 4; i++) {
    c[i] = c[i] + 1;
    if (c[i] !== 0) return;
  }
}

export class Philox {
  /** counter[0] is the lowest word. */
  readonly counter = new Uint32Array(4);
  readonly key = new Uint32Array(2);
  private readonly out = new Uint32Array(4);

  /**
   * TF's PhiloxRandom(seed_lo, seed_hi): the key from the first seed, the
   * counter's high 64 bits from the second. Seeds are non-negative integers
   * below 2^53 (TF's int64 attrs as they come from Python).
   */
  constructor(seed: number, seed2: number) {
    this.key[0] = seed % TWO_32;
    this.key[1] = Math.floor(seed / TWO_32);
    this.counter[2] = seed2 % TWO_32;
    this.counter[3] = Math.floor(seed2 / TWO_32);
  }

  /** A generator at the same position. */
  clone(): Philox {
    const p = new Philox(0, 0);
    p.counter.set(this.counter);
    p.key.set(this.key);
    return p;
  }

  /** Skips `count` 128-bit outputs (count a non-negative integer below 2^53), as PhiloxRandom::Skip. */
  skip(count: number): void {
    const lo = count % TWO_32;
    let hi = Math.floor(count / TWO_32);
    const c = this.counter;
    const sum0 = c[0] + lo;
    c[0] = sum0;
    if (sum0 >= TWO_32) hi++;
    const sum1 = c[1] + hi;
    c[1] = sum1;
    if (sum1 >= TWO_32) carry(c, 2);
  }

  /** The next four 32-bit numbers (a view reused by the next call). */
  next(): Uint32Array {
    const c = this.counter;
    let c0 = c[0];
    let c1 = c[1];
    let c2 = c[2];
    let c3 = c[3];
    let k0 = this.key[0];
    let k1 = this.key[1];
    for (let round = 0; round < 10; round++) {
      const hi0 = mulHi(M4x32A, c0);
      const lo0 = Math.imul(M4x32A, c0) >>> 0;
      const hi1 = mulHi(M4x32B, c2);
      const lo1 = Math.imul(M4x32B, c2) >>> 0;
      c0 = (hi1 ^ c1 ^ k0) >>> 0;
      c1 = lo1;
      c2 = (hi0 ^ c3 ^ k1) >>> 0;
      c3 = lo0;
      k0 = (k0 + W32A) >>> 0;
      k1 = (k1 + W32B) >>> 0;
    }
    carry(c, 0);
    const out = this.out;
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
    return out;
  }
}
