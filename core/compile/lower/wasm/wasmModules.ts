/**
 * Hand-written WebAssembly kernels (`*.wat` beside this file and in
 * optimizers/) run on tfjs-backend-wasm's own memory, so they read and write
 * tensors where they live. The memory is shared in the threaded build, and a
 * module must import it as such, so each module comes assembled both ways
 * (tools/assembleWasm.ts) and the variant that fits is instantiated once per
 * memory.
 */
import * as tf from '@tensorflow/tfjs-core';

/** A module's two assembled forms, as the generated `*Wasm.ts` files export them. */
export interface WasmSource {
  WASM_BASE64: string;
  WASM_SHARED_BASE64: string;
}

/** The parts of tfjs-backend-wasm's BackendWasm used here: two public methods and its Emscripten module's memory. */
export interface WasmBackend {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  getMemoryOffset(dataId: tf.DataId): number;
  /** The threaded build creates its memory in JS (wasmMemory); the others export it (asm.memory). tfjs.getThreadsCount: its thread pool's size. */
  wasm?: { wasmMemory?: unknown; asm?: { memory?: unknown }; tfjs?: { getThreadsCount?: () => number } };
}

/** What wasm lacks and a module may import besides the memory (softmaxCrossEntropy.wat's exponentials and logs); modules that do not import them ignore them. */
const MATH_IMPORTS = { exp: Math.exp, log: Math.log };

const compiled = new Map<string, WebAssembly.Module | null>();
const instances = new WeakMap<WebAssembly.Memory, Map<WasmSource, WebAssembly.Exports>>();

/** The backend's memory, where its tensors live; undefined where this build does not expose it. */
export function wasmMemory(backend: WasmBackend): WebAssembly.Memory | undefined {
  const memory = backend.wasm?.wasmMemory ?? backend.wasm?.asm?.memory;
  return memory instanceof WebAssembly.Memory ? memory : undefined;
}

/** The compiled module, or null where this engine lacks a feature it uses (WebAssembly SIMD). */
function compiledModule(base64: string): WebAssembly.Module | null {
  let module = compiled.get(base64);
  if (module === undefined) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    module = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
    compiled.set(base64, module);
  }
  return module;
}

/** The module's exports on the backend's memory, or undefined where it cannot run there. */
export function moduleExports<T>(source: WasmSource, backend: WasmBackend): T | undefined {
  const memory = wasmMemory(backend);
  if (!memory) return undefined;
  let byModule = instances.get(memory);
  if (!byModule) instances.set(memory, (byModule = new Map()));
  let exports = byModule.get(source);
  if (!exports) {
    const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
    const module = compiledModule(shared ? source.WASM_SHARED_BASE64 : source.WASM_BASE64);
    if (!module) return undefined;
    exports = new WebAssembly.Instance(module, { env: { memory, ...MATH_IMPORTS } }).exports;
    byModule.set(source, exports);
  }
  return exports as T;
}

/** The active backend when it is wasm and can run the module, with the module's exports. */
export function activeWasm<T>(source: WasmSource): { backend: WasmBackend; exports: T } | undefined {
  if (tf.getBackend() !== 'wasm') return undefined;
  const backend = tf.backend() as unknown as WasmBackend;
  const exports = moduleExports<T>(source, backend);
  return exports ? { backend, exports } : undefined;
}

/** How many threads the backend's kernels (XNNPACK's) run on: 1 for the single-threaded builds. */
export function threadsOf(backend: WasmBackend): number {
  return Math.max(1, backend.wasm?.tfjs?.getThreadsCount?.() ?? 1);
}

/**
 * Whether a one-thread pass should leave its kernel to XNNPACK, which splits
 * it across the backend's threads: where there are more than two. On two,
 * the product pass still trained mnist-xavier 1.5 times as fast as XNNPACK's
 * threaded matMul (README, Training speed).
 */
export function leaveToThreads(backend: WasmBackend): boolean {
  return threadsOf(backend) > 2;
}

/** Where a tensor's data starts in the backend's memory, in bytes. */
export function addressOf(backend: WasmBackend, t: tf.TensorInfo): number {
  return backend.getMemoryOffset(t.dataId);
}

/** Registers a wasm kernel once (module evaluation may repeat under test runners). */
export function registerWasmKernel(kernelName: string, kernelFunc: (args: { inputs: never; backend: unknown; attrs?: tf.NamedAttrMap }) => tf.TensorInfo | tf.TensorInfo[]): void {
  if (!tf.getKernel(kernelName, 'wasm')) tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc: kernelFunc as unknown as tf.KernelFunc });
}
