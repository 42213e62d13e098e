/**
 * A float32 matrix product on wasm as a SIMD pass that reads both operands
 * where they lie. tfjs-wasm's matMul (XNNPACK) first packs its right
 * operand, afresh for every new tensor, which in training is every step's
 * weights and gradients. Where the engine validates relaxed SIMD the pass is
 * matMulFma.wat (fused multiply-adds, six-row tiles), elsewhere matMul.wat
 * (XNNPACK's bits). It runs on one thread, so it stands aside where the
 * backend has more than two.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as fmaModule from './matMulFmaWasm.ts';
import * as plainModule from './matMulWasm.ts';
import { activeForm, type Form } from './fusedForm.ts';
import { addressOf, leaveToThreads, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardMatMul';

let passOn = true;

/** Whether the MatMul lowering compiles to this pass (on by default); off keeps tfjs's matMul, for the bench's before and after. */
export function matMulPassOn(): boolean {
  return passOn;
}

/** Turns the pass on or off for plans compiled from now on (bench/matMulSpeed.bench.ts compares them in one process). */
export function setMatMulPass(on: boolean): void {
  passOn = on;
}

interface MatMulExports {
  matmul(a: number, b: number, c: number, m: number, k: number, n: number): void;
}

const FORMS = { fma: fmaModule, plain: plainModule };

/** Which form the pass takes on the active backend now, or undefined where it cannot run (reported by the bench and the tests). */
export function matMulForm(): Form | undefined {
  return activeForm(FORMS)?.form;
}

registerWasmKernel(KERNEL, ({ inputs: { a, b } }: { inputs: { a: tf.TensorInfo; b: tf.TensorInfo } }) => {
  const { backend, exports } = activeForm<MatMulExports>(FORMS)!;
  const [m, k] = a.shape;
  const n = b.shape[1];
  const c = backend.makeOutput([m, n], 'float32');
  exports.matmul(addressOf(backend, a), addressOf(backend, b), addressOf(backend, c), m, k, n);
  return c;
});

/**
 * a [m, k] times b [k, n] on wasm, or undefined where the pass cannot run (no
 * wasm backend or SIMD, not float32 matrices) or should not: on more than two
 * threads XNNPACK splits the product across them (see leaveToThreads).
 */
export function matMulWasm(a: tf.Tensor, b: tf.Tensor): tf.Tensor | undefined {
  if (a.rank !== 2 || b.rank !== 2 || a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape[1] !== b.shape[0]) return undefined;
  const wasm = activeForm(FORMS);
  if (!wasm || leaveToThreads(wasm.backend)) return undefined;
  return tf.engine().runKernel(KERNEL, { a, b }) as tf.Tensor;
}
