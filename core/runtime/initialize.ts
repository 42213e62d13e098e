/**
 * A Variable's first value from its initializer spec: zeros, ones and
 * constants directly, random kinds drawn as TensorFlow draws them for the
 * variable's kernel seeds (core/random), so the same seeds give TF's numbers.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { InitializerSpec } from '../ops/initializers.ts';
import { randomInitializerValues } from '../random/initializerValues.ts';

/** A new tensor holding the initial value; `seeds` is the (seed, seed2) pair of a random initializer (see core/random/opSeeds.ts). */
export function initialValue(spec: InitializerSpec, shape: number[], seeds: readonly [number, number] | undefined): tf.Tensor {
  switch (spec.kind) {
    case 'zeros':
      return tf.zeros(shape);
    case 'ones':
      return tf.ones(shape);
    case 'constant':
      return tf.fill(shape, spec.value);
    default: {
      if (!seeds) throw new Error(`initializer ${spec.kind} needs its seed pair`);
      return tf.tensor(randomInitializerValues(spec, shape, seeds[0], seeds[1])!, shape, 'float32');
    }
  }
}
