/**
 * Starts the first backend of the choice that initialises. tfjs-backend-wasm
 * fetches its .wasm files at run time, so their URLs come from Vite (`?url`
 * imports are emitted as assets beside the bundle).
 */
import * as tf from '@tensorflow/tfjs-core';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKEND_LABELS, type BackendCandidate, type TrainingBackend } from './backendChoice.ts';
import type { BackendReport } from '../training/protocol.ts';

const loaders: Record<TrainingBackend, () => Promise<void>> = {
  webgpu: async () => void (await import('@tensorflow/tfjs-backend-webgpu')),
  webgl: async () => void (await import('@tensorflow/tfjs-backend-webgl')),
  wasm: async () => {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded });
  },
  cpu: async () => void (await import('@tensorflow/tfjs-backend-cpu')),
};

/** Activates the first candidate that starts; its report says which and why. Throws when none does. */
export async function startBackend(candidates: readonly BackendCandidate[]): Promise<BackendReport & { backend: TrainingBackend }> {
  const failed: string[] = [];
  for (const c of candidates) {
    try {
      await loaders[c.name]();
      if (await tf.setBackend(c.name)) {
        await tf.ready();
        const reason = failed.length > 0 ? `${c.reason}; ${failed.join('; ')}` : c.reason;
        return { backend: c.name, name: BACKEND_LABELS[c.name], reason };
      }
      failed.push(`${BACKEND_LABELS[c.name]} did not start`);
    } catch (e) {
      failed.push(`${BACKEND_LABELS[c.name]} failed: ${(e as Error).message}`);
    }
  }
  throw new Error(`no TensorFlow.js backend could start (${failed.join('; ')})`);
}
