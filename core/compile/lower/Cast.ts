import * as tf from '@tensorflow/tfjs-core';
import { Cast } from '../../ops/Cast.ts';
import { defineLowering } from '../lowering.ts';

/**
 * To bool, tfjs-wasm's Cast copies bytes (0.5 -> false, 256 -> false, -1 -> 255),
 * so compare with zero instead: TF's rule, true unless 0, on every backend.
 */
export const CastLowering = defineLowering(Cast, ({ dtype }, { inputTypes }) => {
  if (dtype === 'bool' && inputTypes[0].dtype !== 'bool') return ([x]) => tf.notEqual(x, tf.scalar(0, x.dtype));
  return ([x]) => tf.cast(x, dtype);
});
