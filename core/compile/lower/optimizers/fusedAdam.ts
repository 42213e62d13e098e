/**
 * Adam's whole update as one kernel on tfjs-backend-wasm: a pass of
 * WebAssembly SIMD (adam.wat) over the variable, its gradient and both
 * moments, in place of twelve elementwise kernels that each read and write
 * whole arrays. For the first layer of an MNIST MLP (200,000 weights) that
 * was most of the optimizer's cost. The arithmetic is the op-by-op form's,
 * operation for operation in float32, so both give the same bits
 * (fusedAdam.test.ts checks it). Other backends keep the op-by-op form.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activeWasm, addressOf, registerWasmKernel, type WasmBackend } from '../wasm/wasmModules.ts';
import * as adamWasm from './adamWasm.ts';

const KERNEL = 'FlowboardApplyAdam';

/** The per-step scalars, already float32 values. */
export interface AdamScalars {
  /** lr * sqrt(1 - beta2^t) / (1 - beta1^t) */
  alpha: number;
  oneMinusBeta1: number;
  oneMinusBeta2: number;
  epsilon: number;
}

export interface AdamUpdate {
  value: tf.Tensor;
  m: tf.Tensor;
  v: tf.Tensor;
}

interface AdamExports {
  adam(value: number, gradient: number, m: number, v: number, outValue: number, outM: number, outV: number, n: number, alpha: number, c1: number, c2: number, eps: number): void;
}

interface AdamInputs {
  value: tf.TensorInfo;
  gradient: tf.TensorInfo;
  m: tf.TensorInfo;
  v: tf.TensorInfo;
}

registerWasmKernel(KERNEL, ({ inputs, attrs }: { inputs: AdamInputs; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeWasm<AdamExports>(adamWasm)!;
  const { value, gradient, m, v } = inputs;
  const { alpha, oneMinusBeta1, oneMinusBeta2, epsilon } = attrs as unknown as AdamScalars;
  const outputs = [0, 1, 2].map(() => backend.makeOutput(value.shape, 'float32'));
  const at = (t: tf.TensorInfo) => addressOf(backend as WasmBackend, t);
  exports.adam(at(value), at(gradient), at(m), at(v), at(outputs[0]), at(outputs[1]), at(outputs[2]), tf.util.sizeFromShape(value.shape), alpha, oneMinusBeta1, oneMinusBeta2, epsilon);
  return outputs;
});

/**
 * The fused update on the active backend, or undefined where there is none
 * (not wasm, no SIMD, or tensors that are not float32): the caller then uses ops.
 */
export function fusedAdam(value: tf.Tensor, gradient: tf.Tensor, m: tf.Tensor, v: tf.Tensor, scalars: AdamScalars): AdamUpdate | undefined {
  if (!activeWasm(adamWasm)) return undefined;
  if ([value, gradient, m, v].some((t) => t.dtype !== 'float32' || t.size !== value.size)) return undefined;
  const [newValue, newM, newV] = tf.engine().runKernel(KERNEL, { value, gradient, m, v }, scalars as unknown as tf.NamedAttrMap) as tf.Tensor[];
  return { value: newValue, m: newM, v: newV };
}
