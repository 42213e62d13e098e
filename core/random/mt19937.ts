/**
 * NumPy's legacy shuffle, so Flowboard's mini-batches and an exported
 * program's are the same: MT19937 seeded as `np.random.RandomState(seed)`
 * seeds it (init_genrand), and `permutation(n)` as RandomState draws it
 * (Fisher-Yates from the end, each index by masked rejection sampling).
 */

const N = 624;
const M = 397;

export class MT19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  /** `seed` an integer in [0, 2^32), as RandomState accepts. */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new RangeError(`a RandomState seed must be an integer in [0, 2^32), got ${seed}`);
    const mt = this.mt;
    mt[0] = seed;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = Math.imul(1812433253, prev) + i;
    }
  }

  /** A generator in the same state. */
  clone(): MT19937 {
    const copy = new MT19937(0);
    copy.mt.set(this.mt);
    copy.index = this.index;
    return copy;
  }

  /** The next 32-bit output. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A uniform integer in [0, max], as NumPy's random_interval (max below 2^32). */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    for (const s of [1, 2, 4, 8, 16]) mask |= mask >>> s;
    mask >>>= 0;
    for (;;) {
      const v = (this.nextUint32() & mask) >>> 0;
      if (v <= max) return v;
    }
  }

  /** `RandomState.permutation(n)`: a shuffled 0..n-1; draws n - 1 indices. */
  permutation(n: number): Int32Array {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private twist(): void {
    const mt = this.mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }
}
