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
import { WASM_BASE64 } from './adamWasm.ts';

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

type AdamPass = (value: number, gradient: number, m: number, v: number, outValue: number, outM: number, outV: number, n: number, alpha: number, c1: number, c2: number, eps: number) => void;

/** The parts of tfjs-backend-wasm's BackendWasm used here: two public methods and its Emscripten module's memory. */
interface WasmBackend {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  getMemoryOffset(dataId: tf.DataId): number;
  wasm?: { asm?: { memory?: unknown } };
}

const passes = new WeakMap<WebAssembly.Memory, AdamPass>();
let adamModule: WebAssembly.Module | null | undefined;

/** The compiled module, or null where this engine lacks WebAssembly SIMD. */
function compiledModule(): WebAssembly.Module | null {
  if (adamModule === undefined) {
    const bytes = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
    adamModule = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return adamModule;
}

/** The pass instantiated on the backend's own memory (so tensors are read where they live), or undefined. */
function adamPass(backend: WasmBackend): AdamPass | undefined {
  const memory = backend.wasm?.asm?.memory;
  if (!(memory instanceof WebAssembly.Memory)) return undefined;
  let pass = passes.get(memory);
  if (!pass) {
    const module = compiledModule();
    if (!module) return undefined;
    pass = new WebAssembly.Instance(module, { env: { memory } }).exports.adam as AdamPass;
    passes.set(memory, pass);
  }
  return pass;
}

interface AdamInputs {
  value: tf.TensorInfo;
  gradient: tf.TensorInfo;
  m: tf.TensorInfo;
  v: tf.TensorInfo;
}

function wasmKernel({ inputs, backend, attrs }: { inputs: AdamInputs; backend: unknown; attrs?: tf.NamedAttrMap }): tf.TensorInfo[] {
  const wasm = backend as WasmBackend;
  const pass = adamPass(wasm)!;
  const { value, gradient, m, v } = inputs;
  const { alpha, oneMinusBeta1, oneMinusBeta2, epsilon } = attrs as unknown as AdamScalars;
  const outputs = [wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32')];
  const at = (t: tf.TensorInfo) => wasm.getMemoryOffset(t.dataId);
  pass(at(value), at(gradient), at(m), at(v), at(outputs[0]), at(outputs[1]), at(outputs[2]), tf.util.sizeFromShape(value.shape), alpha, oneMinusBeta1, oneMinusBeta2, epsilon);
  return outputs;
}

if (!tf.getKernel(KERNEL, 'wasm')) tf.registerKernel({ kernelName: KERNEL, backendName: 'wasm', kernelFunc: wasmKernel as unknown as tf.KernelFunc });

/**
 * The fused update on the active backend, or undefined where there is none
 * (not wasm, no SIMD, or tensors that are not float32): the caller then uses ops.
 */
export function fusedAdam(value: tf.Tensor, gradient: tf.Tensor, m: tf.Tensor, v: tf.Tensor, scalars: AdamScalars): AdamUpdate | undefined {
  if (tf.getBackend() !== 'wasm' || !adamPass(tf.backend() as unknown as WasmBackend)) return undefined;
  if ([value, gradient, m, v].some((t) => t.dtype !== 'float32' || t.size !== value.size)) return undefined;
  const [newValue, newM, newV] = tf.engine().runKernel(KERNEL, { value, gradient, m, v }, scalars as unknown as tf.NamedAttrMap) as tf.Tensor[];
  return { value: newValue, m: newM, v: newV };
}
