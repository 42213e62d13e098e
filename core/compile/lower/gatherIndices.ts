/**
 * Gather's out-of-range check, shared by Gather and GatherGrad: TensorFlow on
 * the CPU stops with an error, and so does Flowboard, saying which index and
 * what to change. The indices are read back, which is free on cpu and wasm
 * (their GatherV2 reads them too) but would stall WebGL/WebGPU, where the
 * check is left out.
 */
import type * as tf from '@tensorflow/tfjs-core';

/** Throws naming the first index outside 0..size-1. */
export function checkIndices(indices: tf.Tensor, size: number, axis: number): void {
  const values = indices.dataSync();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < 0 || v >= size)
      throw new Error(`index ${v} (entry ${i} of indices) is outside 0..${size - 1}: params has ${size} entries along axis ${axis}. Feed indices below ${size}, or give params more rows (a larger vocabulary)`);
  }
}

/** Whether the backend keeps tensors in host memory, so reading the indices back costs nothing. */
export function readsIndicesCheaply(backend: string): boolean {
  return backend === 'cpu' || backend === 'wasm';
}
