/**
 * A small seeded PRNG for choices that need no TensorFlow counterpart, such
 * as which elements gradcheck samples and test data (Math.random cannot be
 * seeded). TensorFlow's own random numbers are core/random's.
 */

/** mulberry32: a fast 32-bit generator; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
