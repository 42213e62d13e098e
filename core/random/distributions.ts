/**
 * TensorFlow's float32 distributions on Philox, as the CPU kernels compute
 * them (tsl/lib/random/random_distributions.h and kernels/random_op_cpu.h):
 * the output is cut into groups of four; uniform and normal fill group g from
 * the generator's g-th output, truncated normal from its own stretch of 256
 * outputs per group, so the values never depend on how TF shards the work.
 * Float rounding is emulated with Math.fround at every step TF rounds.
 */
import { Philox } from './philox.ts';

const f = Math.fround;
/** TF's BoxMullerFloat keeps log() away from 0. */
const EPSILON = f(1e-7);
/** TruncatedNormalDistribution keeps |x| < 2. */
const TRUNCATE = 2;
/** Generator outputs reserved per group of four truncated normals (kReservedSamplesPerOutput * 4 / 4). */
const TRUNCATED_SKIP_PER_GROUP = 256;

/** Uint32ToFloat: 23 random mantissa bits under exponent 0 give [1, 2); minus 1 gives [0, 1), exactly. */
export function uint32ToFloat(x: number): number {
  return (x & 0x7fffff) / 8388608;
}

/** BoxMullerFloat: two uniform 32-bit numbers to two standard normals, in float32 steps. */
export function boxMuller(x0: number, x1: number, out: Float32Array, at: number): void {
  let u1 = uint32ToFloat(x0);
  if (u1 < EPSILON) u1 = EPSILON;
  // 2.0f * M_PI is a double; the product is rounded to float when stored in v1.
  const v1 = f(2 * Math.PI * uint32ToFloat(x1));
  const u2 = f(Math.sqrt(f(-2 * f(Math.log(u1)))));
  out[at] = f(f(Math.sin(v1)) * u2);
  out[at + 1] = f(f(Math.cos(v1)) * u2);
}

/** RandomUniform (float32): [0, 1). */
export function fillUniform(gen: Philox, size: number): Float32Array {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i += 4) {
    const s = gen.next();
    for (let j = 0; j < 4 && i + j < size; j++) out[i + j] = uint32ToFloat(s[j]);
  }
  return out;
}

/** RandomStandardNormal (float32): Box-Muller on the pairs (0, 1) and (2, 3) of each output. */
export function fillNormal(gen: Philox, size: number): Float32Array {
  const out = new Float32Array(size);
  const group = new Float32Array(4);
  for (let i = 0; i < size; i += 4) {
    const s = gen.next();
    boxMuller(s[0], s[1], group, 0);
    boxMuller(s[2], s[3], group, 2);
    for (let j = 0; j < 4 && i + j < size; j++) out[i + j] = group[j];
  }
  return out;
}

/** TruncatedNormal (float32): standard normals with |x| < 2, pairs drawn one 32-bit number at a time until four are kept. */
export function fillTruncatedNormal(base: Philox, size: number): Float32Array {
  const out = new Float32Array(size);
  const pair = new Float32Array(2);
  for (let g = 0; g * 4 < size; g++) {
    const gen = base.clone();
    gen.skip(g * TRUNCATED_SKIP_PER_GROUP);
    const single = singleSamples(gen);
    let kept = 0;
    const want = Math.min(4, size - g * 4);
    while (kept < want) {
      const x0 = single();
      const x1 = single();
      boxMuller(x0, x1, pair, 0);
      for (let j = 0; j < 2 && kept < want; j++) if (Math.abs(pair[j]) < TRUNCATE) out[g * 4 + kept++] = pair[j];
    }
  }
  return out;
}

/** RandomUniformInt (int32): lo + (x mod (hi - lo)), as UniformDistribution<int32>. */
export function fillUniformInt(gen: Philox, size: number, lo: number, hi: number): Int32Array {
  if (!(hi > lo)) throw new RangeError(`uniform int needs lo < hi, got [${lo}, ${hi})`);
  const range = (hi - lo) >>> 0;
  const out = new Int32Array(size);
  for (let i = 0; i < size; i += 4) {
    const s = gen.next();
    for (let j = 0; j < 4 && i + j < size; j++) out[i + j] = lo + (s[j] % range);
  }
  return out;
}

/** SingleSampleAdapter: one 32-bit number at a time from a generator's groups of four. */
function singleSamples(gen: Philox): () => number {
  let block = new Uint32Array(0);
  let used = 4;
  return () => {
    if (used === 4) {
      block = gen.next().slice();
      used = 0;
    }
    return block[used++];
  };
}
