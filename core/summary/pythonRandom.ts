/**
 * CPython's `random.Random(seed)`: MT19937 seeded by init_by_array, with
 * `getrandbits` and `randint` as TensorBoard's reservoir calls them, so a
 * Flowboard reservoir keeps the very items TensorBoard's would. Sources:
 * CPython Modules/_randommodule.c (init_genrand, init_by_array, random_seed,
 * genrand_uint32, getrandbits) and Lib/random.py (randint, _randbelow_with_getrandbits).
 */

const N = 624;
const M = 397;

/** The two draws TensorBoard's reservoir needs from random.Random. */
export interface PythonRandom {
  /** A uniform integer of `k` bits (0 < k <= 53), like `getrandbits(k)`. */
  getrandbits(k: number): number;
  /** A uniform integer in [a, b] inclusive, like `randint(a, b)` (b - a < 2^53). */
  randint(a: number, b: number): number;
}

/** A generator seeded like `random.Random(seed)` for an integer seed with |seed| < 2^53. */
export function pythonRandom(seed: number): PythonRandom {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`pythonRandom: seed must be a safe integer, got ${seed}`);
  const mt = new Uint32Array(N);
  let index = N;
  initByArray(mt, seedKey(Math.abs(seed)));

  function next(): number {
    if (index >= N) {
      twist(mt);
      index = 0;
    }
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  function getrandbits(k: number): number {
    if (!(Number.isInteger(k) && k > 0 && k <= 53)) throw new RangeError(`getrandbits: k must be in 1..53, got ${k}`);
    if (k <= 32) return next() >>> (32 - k);
    // Words fill from the least significant end.
    const low = next();
    return (next() >>> (64 - k)) * 2 ** 32 + low;
  }

  function randint(a: number, b: number): number {
    const n = b - a + 1;
    // _randbelow_with_getrandbits: draw bit_length(n) bits until the draw is below n.
    const k = n.toString(2).length;
    let r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return a + r;
  }

  return { getrandbits, randint };
}

/** random_seed(): the absolute value as little-endian 32-bit words, [0] for zero. */
function seedKey(n: number): number[] {
  const key = [n % 2 ** 32];
  const high = Math.floor(n / 2 ** 32);
  if (high > 0) key.push(high);
  return key;
}

function initGenrand(mt: Uint32Array, s: number): void {
  mt[0] = s;
  for (let i = 1; i < N; i++) mt[i] = Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
}

function initByArray(mt: Uint32Array, key: number[]): void {
  initGenrand(mt, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    mt[i] = (mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    mt[i] = (mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function twist(mt: Uint32Array): void {
  for (let kk = 0; kk < N; kk++) {
    const y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
    mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  }
}
