/**
 * Draws a Variable's first value from its initializer spec. Each variable's
 * seed mixes the session seed with the variable's name, so adding a node
 * elsewhere never changes another variable's start.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fans, type InitializerSpec } from '../ops/initializers.ts';

/** 32-bit FNV-1a hash of a string, for deriving per-variable seeds. */
export function hashSeed(seed: number, name: string): number {
  let h = 0x811c9dc5;
  const s = `${seed}:${name}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A new tensor holding the initial value. */
export function initialValue(spec: InitializerSpec, shape: number[], rawSeed: number): tf.Tensor {
  // tfjs's normal samplers read seed 0 as "unseeded" (Math.random); 2^32 lies outside hashSeed's range.
  const seed = rawSeed === 0 ? 2 ** 32 : rawSeed;
  const { fanIn, fanOut } = fans(shape);
  switch (spec.kind) {
    case 'zeros':
      return tf.zeros(shape);
    case 'ones':
      return tf.ones(shape);
    case 'constant':
      return tf.fill(shape, spec.value);
    case 'randomNormal':
      return tf.randomNormal(shape, spec.mean, spec.stddev, 'float32', seed);
    case 'truncatedNormal':
      return tf.truncatedNormal(shape, spec.mean, spec.stddev, 'float32', seed);
    case 'randomUniform':
      return tf.randomUniform(shape, spec.min, spec.max, 'float32', seed);
    case 'glorotUniform': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      return tf.randomUniform(shape, -limit, limit, 'float32', seed);
    }
    case 'glorotNormal':
      // Keras scales the truncated normal so its stddev, after truncation, is the target.
      return tf.truncatedNormal(shape, 0, Math.sqrt(2 / (fanIn + fanOut)) / 0.87962566103423978, 'float32', seed);
    case 'heNormal':
      return tf.truncatedNormal(shape, 0, Math.sqrt(2 / fanIn) / 0.87962566103423978, 'float32', seed);
    case 'heUniform': {
      const limit = Math.sqrt(6 / fanIn);
      return tf.randomUniform(shape, -limit, limit, 'float32', seed);
    }
  }
}
