/**
 * An optimizer's whole update as one kernel on tfjs-backend-wasm: a pass of
 * WebAssembly SIMD (adam.wat, momentum.wat, ...) over the variable, its
 * gradient and its slots, in place of the six to fifteen elementwise kernels
 * of the op-by-op form, which each read and write whole arrays. For the
 * first layer of an MNIST MLP (200,000 weights) those were most of the
 * optimizer's cost. Each pass does the op-by-op form's arithmetic operation
 * for operation in float32, so both give the same bits (fusedUpdates.test.ts
 * checks it), except that it stores slots below the smallest normal float as
 * 0, as TensorFlow's CPU kernels do (they run with flush-to-zero): wasm keeps
 * subnormals, and a slot decaying towards 0 behind a dead ReLU would
 * otherwise turn subnormal after some hundred steps and make every later
 * pass over it ten times slower. Other backends keep the op-by-op form.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activeWasm, addressOf, registerWasmKernel, type WasmSource } from '../wasm/wasmModules.ts';

/** A pass exported as `name` from `source`, called (value, gradient, ...slots, outValue, ...outSlots, n, ...scalars). */
export interface FusedPass {
  name: string;
  source: WasmSource;
  /** How many slots it reads and writes. */
  slots: number;
}

type PassFunction = (...args: number[]) => void;

const kernelName = (pass: FusedPass) => `FlowboardApply_${pass.name}`;

/** Registers the pass as a wasm kernel; call once per pass, at module load. */
export function registerFusedPass(pass: FusedPass): FusedPass {
  registerWasmKernel(kernelName(pass), ({ inputs, attrs }: { inputs: Record<string, tf.TensorInfo>; attrs?: tf.NamedAttrMap }) => {
    const { backend, exports } = activeWasm<Record<string, PassFunction>>(pass.source)!;
    const read = [inputs.value, inputs.gradient, ...Array.from({ length: pass.slots }, (_, i) => inputs[`slot${i}`])];
    const outputs = Array.from({ length: pass.slots + 1 }, () => backend.makeOutput(inputs.value.shape, 'float32'));
    const at = (t: tf.TensorInfo) => addressOf(backend, t);
    exports[pass.name](...read.map(at), ...outputs.map(at), tf.util.sizeFromShape(inputs.value.shape), ...(attrs!.scalars as number[]));
    return outputs;
  });
  return pass;
}

/**
 * [new value, ...new slots] from the pass, or undefined where it cannot run
 * (not wasm, no SIMD, tensors that are not float32 of one size): the caller
 * then uses ops. Scalars are rounded to float32 on the way in.
 */
export function fusedUpdate(pass: FusedPass, value: tf.Tensor, gradient: tf.Tensor, slots: readonly tf.Tensor[], scalars: readonly number[]): tf.Tensor[] | undefined {
  if (!activeWasm(pass.source)) return undefined;
  const all = [value, gradient, ...slots];
  if (slots.length !== pass.slots || all.some((t) => t.dtype !== 'float32' || t.size !== value.size)) return undefined;
  const inputs: Record<string, tf.Tensor> = { value, gradient };
  slots.forEach((s, i) => (inputs[`slot${i}`] = s));
  return tf.engine().runKernel(kernelName(pass), inputs, { scalars: [...scalars] } as unknown as tf.NamedAttrMap) as tf.Tensor[];
}
