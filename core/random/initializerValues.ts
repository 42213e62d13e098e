/**
 * A random initializer's values as TF1 computes them for the same seed pair:
 * the kernel's draw (distributions.ts) scaled in float32 as random_ops.py
 * does (`rnd * stddev + mean`, `rnd * (max - min) + min`), with the limits of
 * Glorot and He computed in double as init_ops.py's VarianceScaling does.
 */
import { fans, type InitializerSpec } from '../ops/initializers.ts';
import { fillNormal, fillTruncatedNormal, fillUniform } from './distributions.ts';
import { Philox } from './philox.ts';

const f = Math.fround;
/** scipy.stats.truncnorm.std(a=-2, b=2): VarianceScaling divides by it so the truncated draw has the stddev asked for. */
const TRUNCATED_STDDEV = 0.87962566103423978;

/** `tf.random_normal(shape, mean, stddev)`: float32 `rnd * stddev + mean`. */
function normal(values: Float32Array, mean: number, stddev: number): Float32Array {
  const m = f(mean);
  const s = f(stddev);
  for (let i = 0; i < values.length; i++) values[i] = f(f(values[i] * s) + m);
  return values;
}

/** `tf.random_uniform(shape, min, max)`: float32 `rnd * (max - min) + min`. */
function uniform(values: Float32Array, min: number, max: number): Float32Array {
  const lo = f(min);
  const range = f(f(max) - lo);
  for (let i = 0; i < values.length; i++) values[i] = f(f(values[i] * range) + lo);
  return values;
}

/** VarianceScaling's `scale / max(1, fan)`, fan by its mode. */
function scaled(scale: number, shape: readonly number[], mode: 'fanIn' | 'fanAvg'): number {
  const { fanIn, fanOut } = fans(shape);
  return scale / Math.max(1, mode === 'fanIn' ? fanIn : (fanIn + fanOut) / 2);
}

/** The values of a random initializer, row-major, for the kernel seeds `seed` and `seed2`; undefined for zeros, ones and constant. */
export function randomInitializerValues(spec: InitializerSpec, shape: readonly number[], seed: number, seed2: number): Float32Array | undefined {
  const size = shape.reduce((a, b) => a * b, 1);
  const gen = () => new Philox(seed, seed2);
  switch (spec.kind) {
    case 'randomNormal':
      return normal(fillNormal(gen(), size), spec.mean, spec.stddev);
    case 'truncatedNormal':
      return normal(fillTruncatedNormal(gen(), size), spec.mean, spec.stddev);
    case 'randomUniform':
      return uniform(fillUniform(gen(), size), spec.min, spec.max);
    case 'glorotUniform':
    case 'heUniform': {
      const limit = Math.sqrt(3 * scaled(spec.kind === 'heUniform' ? 2 : 1, shape, spec.kind === 'heUniform' ? 'fanIn' : 'fanAvg'));
      return uniform(fillUniform(gen(), size), -limit, limit);
    }
    case 'glorotNormal':
    case 'heNormal': {
      const scale = scaled(spec.kind === 'heNormal' ? 2 : 1, shape, spec.kind === 'heNormal' ? 'fanIn' : 'fanAvg');
      return normal(fillTruncatedNormal(gen(), size), 0, Math.sqrt(scale) / TRUNCATED_STDDEV);
    }
    default:
      return undefined;
  }
}
