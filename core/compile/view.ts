import * as tf from '@tensorflow/tfjs-core';

/**
 * A new tensor handle on `t`'s current data, without copying it on any
 * backend (a same-shape reshape only bumps the data's reference count, where
 * tf.clone copies on wasm). Because Variable.assign swaps the variable's data
 * instead of writing into it, a view taken before an update keeps the old value.
 */
export function view(t: tf.Tensor): tf.Tensor {
  return tf.reshape(t, t.shape);
}
