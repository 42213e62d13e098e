import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../../runtime/backend.ts';
import { adamOpByOp } from './Adam.ts';
import { fusedAdam } from './fusedAdam.ts';

/** Values spread over many magnitudes and both signs, from a seeded generator. */
function spread(n: number, seed: number): Float32Array {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Float32Array.from({ length: n }, () => (next() - 0.5) * 10 ** Math.floor(next() * 8 - 5));
}

/** Not a multiple of four: the SIMD loop's tail runs too. */
const N = 5003;
const STEPS = [
  { alpha: Math.fround(0.001 * Math.sqrt(1 - 0.999) / (1 - 0.9)), oneMinusBeta1: Math.fround(1 - Math.fround(0.9)), oneMinusBeta2: Math.fround(1 - Math.fround(0.999)), epsilon: Math.fround(1e-8) },
  { alpha: Math.fround(0.1), oneMinusBeta1: Math.fround(0.5), oneMinusBeta2: Math.fround(0.25), epsilon: Math.fround(1e-3) },
];

afterAll(async () => {
  await useBackend('cpu');
});

describe('fused Adam', () => {
  it('is only for wasm: elsewhere the caller uses ops', async () => {
    await useBackend('cpu');
    const t = tf.ones([4]);
    expect(fusedAdam(t, t, t, t, STEPS[0])).toBeUndefined();
    t.dispose();
  });

  it('gives the bits of the op-by-op update on wasm, step after step, and leaks nothing', async () => {
    await useBackend('wasm');
    const value = tf.tensor(spread(N, 1));
    const fusedM = tf.variable(tf.tensor(spread(N, 2).map(Math.abs)), false);
    const fusedV = tf.variable(tf.tensor(spread(N, 3).map((x) => x * x)), false);
    const opsM = tf.variable(fusedM.clone(), false);
    const opsV = tf.variable(fusedV.clone(), false);
    let fusedValue = value.clone();
    let opsValue = value.clone();
    const before = tf.memory().numTensors;
    for (const [i, s] of [...STEPS, ...STEPS].entries()) {
      const gradient = tf.tensor(spread(N, 10 + i));
      const next = tf.tidy(() => {
        const fused = fusedAdam(fusedValue, gradient, fusedM, fusedV, s)!;
        expect(fused).toBeDefined();
        fusedM.assign(fused.m);
        fusedV.assign(fused.v);
        const byOps = adamOpByOp(opsValue, gradient, opsM, opsV, s.alpha, 1 - s.oneMinusBeta1, 1 - s.oneMinusBeta2, s.epsilon);
        return [fused.value, byOps];
      });
      tf.dispose([fusedValue, opsValue, gradient]);
      [fusedValue, opsValue] = next;
      expect(fusedValue.dataSync()).toEqual(opsValue.dataSync());
      expect(fusedM.dataSync()).toEqual(opsM.dataSync());
      expect(fusedV.dataSync()).toEqual(opsV.dataSync());
    }
    expect(tf.memory().numTensors).toBe(before);
    // The update moved the values: the comparison was not between two copies of the input.
    expect(fusedValue.dataSync()).not.toEqual(value.dataSync());
    tf.dispose([value, fusedValue, opsValue, fusedM, fusedV, opsM, opsV]);
  });

  it('stores moments that fall below the smallest normal float as 0, as TensorFlow on a CPU does', async () => {
    await useBackend('wasm');
    const FLT_MIN = 1.17549435e-38;
    // A zero gradient decays m by beta1 = 0.9 and v by beta2 = 0.999 (second settings: 0.5 and 0.75).
    const m0 = [1.2e-38, 2e-38, -1.2e-38, 1, 0, 3e-5, 1.25e-38, 0.5];
    const v0 = [1.2e-38, 4e-38, 1e-30, 1, 0, 2e-5, 1.2e-38, 0.25];
    const s = STEPS[1];
    const value = tf.tensor(m0.map((_, i) => i + 1));
    const gradient = tf.zeros([m0.length]);
    const m = tf.variable(tf.tensor(m0), false);
    const v = tf.variable(tf.tensor(v0), false);
    const opsM = tf.variable(m.clone(), false);
    const opsV = tf.variable(v.clone(), false);
    const [fusedValue, opsValue] = tf.tidy(() => {
      const fused = fusedAdam(value, gradient, m, v, s)!;
      m.assign(fused.m);
      v.assign(fused.v);
      return [fused.value, adamOpByOp(value, gradient, opsM, opsV, s.alpha, 1 - s.oneMinusBeta1, 1 - s.oneMinusBeta2, s.epsilon)];
    });
    const flushed = (xs: ArrayLike<number>) => Array.from(xs, (x) => (Math.abs(x) < FLT_MIN ? 0 : x));
    const byOpsM = opsM.dataSync<'float32'>();
    // The op-by-op form kept subnormals here: the case is real.
    expect(Array.from(byOpsM).some((x) => x !== 0 && Math.abs(x) < FLT_MIN)).toBe(true);
    expect(Array.from(m.dataSync())).toEqual(flushed(byOpsM));
    expect(Array.from(v.dataSync())).toEqual(flushed(opsV.dataSync()));
    expect(fusedValue.dataSync()).toEqual(opsValue.dataSync());
    tf.dispose([value, gradient, m, v, opsM, opsV, fusedValue, opsValue]);
  });
});
