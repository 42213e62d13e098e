/**
 * Picks and starts a TensorFlow.js backend. The backend is a parameter of
 * every session, never a global assumption; this only loads and activates it.
 */
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'wasm' | 'cpu' | 'webgl';

/** Threads wasm starts with; see setWasmThreads. */
let wasmThreads = 1;

const loaders: Record<BackendName, () => Promise<unknown>> = {
  wasm: async () => {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (wasmThreads > 1) {
      // tfjs turns its threaded build off in Node (tfjs#3830); patches/ makes it run there on worker_threads.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
      wasm.setThreadsCount(wasmThreads);
    }
  },
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
};

/**
 * Asks wasm for its threaded build on `threads` threads (1: the single-threaded
 * build). It takes effect when wasm first starts in this process and never
 * after, as tfjs starts a backend once.
 */
export function setWasmThreads(threads: number): void {
  wasmThreads = Math.max(1, Math.floor(threads));
}

/** How many threads the started wasm backend trains on (1 when it is single-threaded); undefined before it starts. */
export async function wasmThreadCount(): Promise<number | undefined> {
  if (!tf.engine().registryFactory.wasm || !tf.engine().registry.wasm) return undefined;
  const count = (await import('@tensorflow/tfjs-backend-wasm')).getThreadsCount();
  return Math.max(1, count);
}

/**
 * Activates the first of `preferred` that starts; returns its name. Throws
 * when none does, listing why each failed.
 */
export async function useBackend(...preferred: BackendName[]): Promise<BackendName> {
  const failures: string[] = [];
  for (const name of preferred) {
    try {
      await loaders[name]();
      if (await tf.setBackend(name)) {
        await tf.ready();
        return name;
      }
      failures.push(`${name}: did not initialise`);
    } catch (e) {
      failures.push(`${name}: ${(e as Error).message}`);
    }
  }
  throw new Error(`no TensorFlow.js backend could start (${failures.join('; ')})`);
}

/**
 * Ends wasm's threads by disposing the backend (in Node they are worker
 * threads, which keep the process alive). Call it when a process is done
 * with TensorFlow.js.
 */
export function endWasmThreads(): void {
  if (tf.engine().registry.wasm) tf.removeBackend('wasm');
}

/** The active backend's name. */
export function activeBackend(): string {
  return tf.getBackend();
}
