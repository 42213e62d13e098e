/**
 * The random numbers of an exported TF.js module, as Flowboard draws them
 * (core/random): TensorFlow's Philox4x32-10 and float32 distributions for the
 * initial values and dropout masks, and NumPy's MT19937 permutation for the
 * mini-batch order. Written into the module as plain JavaScript;
 * tfjsRandom.test.ts checks the text against core/random.
 */

/** Each helper's source, in the order they are written; every one the module uses is written. */
export const TFJS_RANDOM_HELPERS: Record<string, string> = {
  philox: `/** Philox4x32-10 as TensorFlow's kernels run it: the key from seed, the counter's third word from seed2 (both below 2^31). */
function philox(seed, seed2) {
  return { counter: new Uint32Array([0, 0, seed2, 0]), key: [seed, 0] };
}

function mulHi(a, b) {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const mid = a1 * b0 + ((a0 * b0) >>> 16);
  const mid2 = (mid % 65536) + a0 * b1;
  return (a1 * b1 + Math.floor(mid / 65536) + Math.floor(mid2 / 65536)) >>> 0;
}

/** Adds 1 to the 128-bit counter from word i up. */
function carry(c, i) {
  for (; i < 4; i++) {
    c[i] = c[i] + 1;
    if (c[i] !== 0) return;
  }
}

/** Skips n 128-bit outputs (PhiloxRandom::Skip). */
function philoxSkip(gen, n) {
  const c = gen.counter;
  const lo = n % 2 ** 32;
  let hi = Math.floor(n / 2 ** 32);
  const sum0 = c[0] + lo;
  c[0] = sum0;
  if (sum0 >= 2 ** 32) hi++;
  const sum1 = c[1] + hi;
  c[1] = sum1;
  if (sum1 >= 2 ** 32) carry(c, 2);
}

/** The next four 32-bit numbers: ten rounds, then the counter moves on. */
function philoxNext(gen) {
  const c = gen.counter;
  let [c0, c1, c2, c3] = c;
  let [k0, k1] = gen.key;
  for (let round = 0; round < 10; round++) {
    const hi0 = mulHi(0xd2511f53, c0), lo0 = Math.imul(0xd2511f53, c0) >>> 0;
    const hi1 = mulHi(0xcd9e8d57, c2), lo1 = Math.imul(0xcd9e8d57, c2) >>> 0;
    [c0, c1, c2, c3] = [(hi1 ^ c1 ^ k0) >>> 0, lo1, (hi0 ^ c3 ^ k1) >>> 0, lo0];
    k0 = (k0 + 0x9e3779b9) >>> 0;
    k1 = (k1 + 0xbb67ae85) >>> 0;
  }
  carry(c, 0);
  return [c0, c1, c2, c3];
}`,
  distributions: `/** Rounds to float32 (function declarations, not consts: the module draws its variables before this text runs). */
function f32(x) {
  return Math.fround(x);
}

/** 23 random bits as a float in [0, 1). */
function uint32ToFloat(x) {
  return (x & 0x7fffff) / 8388608;
}

/** TensorFlow's BoxMullerFloat, in float32 steps. */
function boxMuller(x0, x1) {
  const u1 = Math.max(uint32ToFloat(x0), f32(1e-7));
  const v1 = f32(2 * Math.PI * uint32ToFloat(x1));
  const u2 = f32(Math.sqrt(f32(-2 * f32(Math.log(u1)))));
  return [f32(f32(Math.sin(v1)) * u2), f32(f32(Math.cos(v1)) * u2)];
}

/** RandomUniform: group g of four from the generator's g-th output. */
function drawUniform(gen, size) {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i += 4) philoxNext(gen).forEach((x, j) => i + j < size && (out[i + j] = uint32ToFloat(x)));
  return out;
}

/** RandomStandardNormal: Box-Muller on the pairs (0, 1) and (2, 3) of each output. */
function drawNormal(gen, size) {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i += 4) {
    const s = philoxNext(gen);
    [...boxMuller(s[0], s[1]), ...boxMuller(s[2], s[3])].forEach((x, j) => i + j < size && (out[i + j] = x));
  }
  return out;
}

/** TruncatedNormal: |x| < 2, group g of four from its own 256 outputs, one 32-bit number at a time. */
function drawTruncatedNormal(base, size) {
  const out = new Float32Array(size);
  for (let g = 0; g * 4 < size; g++) {
    const gen = { counter: base.counter.slice(), key: base.key };
    philoxSkip(gen, g * 256);
    let block = [], used = 4, kept = 0;
    const next = () => {
      if (used === 4) [block, used] = [philoxNext(gen), 0];
      return block[used++];
    };
    const want = Math.min(4, size - g * 4);
    while (kept < want) for (const x of boxMuller(next(), next())) if (kept < want && Math.abs(x) < 2) out[g * 4 + kept++] = x;
  }
  return out;
}`,
  initialValues: `/** fanIn and fanOut as TF1's VarianceScaling computes them. */
function fans(shape) {
  if (shape.length < 2) return [shape[0] ?? 1, shape[0] ?? 1];
  const field = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2] * field, shape[shape.length - 1] * field];
}

/** A random initializer's values for the kernel seeds (seed, seed2), scaled in float32 as TF1's random ops scale them. */
function initialValues(kind, shape, seed, seed2, a, b) {
  const size = shape.reduce((x, y) => x * y, 1);
  const [fanIn, fanOut] = fans(shape);
  const scale = (s, mode) => s / Math.max(1, mode === 'fanIn' ? fanIn : (fanIn + fanOut) / 2);
  const gen = philox(seed, seed2);
  const normal = (v, mean, stddev) => v.map((x) => f32(f32(x * f32(stddev)) + f32(mean)));
  const uniform = (v, min, max) => v.map((x) => f32(f32(x * f32(f32(max) - f32(min))) + f32(min)));
  switch (kind) {
    case 'randomNormal': return normal(drawNormal(gen, size), a, b);
    case 'truncatedNormal': return normal(drawTruncatedNormal(gen, size), a, b);
    case 'randomUniform': return uniform(drawUniform(gen, size), a, b);
    case 'glorotUniform': case 'heUniform': {
      const limit = Math.sqrt(3 * (kind === 'heUniform' ? scale(2, 'fanIn') : scale(1, 'fanAvg')));
      return uniform(drawUniform(gen, size), -limit, limit);
    }
    case 'glorotNormal': case 'heNormal':
      return normal(drawTruncatedNormal(gen, size), 0, Math.sqrt(kind === 'heNormal' ? scale(2, 'fanIn') : scale(1, 'fanAvg')) / 0.87962566103423978);
  }
  throw new Error('no initializer ' + kind);
}`,
  dropout: `/**
 * tf.nn.dropout as TensorFlow draws it: u from the node's Philox stream, kept where u >= 1 - keep_prob, scaled by
 * x / (1 - rate). A training step moves the stream on by 256 outputs per value, as each sess.run does in TF.
 */
function dropout(x, keepProb, stream, training) {
  const gen = philox(stream.seed, stream.seed2);
  philoxSkip(gen, stream.position);
  if (training) stream.position += x.size * 256;
  const u = tf.tensor(drawUniform(gen, x.size), x.shape, 'float32');
  const rate = tf.sub(1, keepProb);
  return tf.where(tf.greaterEqual(u, rate), tf.div(x, tf.sub(1, rate)), tf.zerosLike(x));
}`,
  permutation: `/** NumPy's RandomState(seed): MT19937 seeded with init_genrand. */
function randomState(seed) {
  const mt = new Uint32Array(624);
  mt[0] = seed;
  for (let i = 1; i < 624; i++) mt[i] = Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
  return { mt, index: 624 };
}

function nextUint32(rs) {
  const mt = rs.mt;
  if (rs.index >= 624) {
    for (let k = 0; k < 624; k++) {
      const y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
      mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    rs.index = 0;
  }
  let y = mt[rs.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** RandomState.permutation(n): Fisher-Yates from the end, each index by masked rejection. */
function permutation(rs, n) {
  const p = new Int32Array(n).map((_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    let mask = i;
    for (const s of [1, 2, 4, 8, 16]) mask |= mask >>> s;
    let j;
    do j = (nextUint32(rs) & mask) >>> 0; while (j > i);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}`,
};

/** Helpers a helper calls. */
export const RANDOM_HELPER_NEEDS: Record<string, string[]> = { distributions: ['philox'], initialValues: ['philox', 'distributions'], dropout: ['philox', 'distributions'] };

/** The text of `used` helpers and those they need, in a fixed order. */
export function randomHelpers(used: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const h of used) for (const x of [h, ...(RANDOM_HELPER_NEEDS[h] ?? [])]) all.add(x);
  return Object.keys(TFJS_RANDOM_HELPERS).filter((h) => all.has(h)).map((h) => TFJS_RANDOM_HELPERS[h]);
}
