/**
 * Starts the first backend of the choice that initialises. tfjs-backend-wasm
 * fetches its .wasm files at run time, so their URLs come from Vite (`?url`
 * imports are emitted as assets beside the bundle). On a cross-origin
 * isolated page it loads its threaded build and trains on as many threads as
 * trainingThreads.ts says (with patches/ lifting tfjs 4.22's cap at half the
 * cores).
 */
import * as tf from '@tensorflow/tfjs-core';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
// The threaded build's JS glue as a file: its pthread workers load it (patches/ makes tfjs take it, see there).
import wasmThreadedGlue from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';
import { BACKEND_LABELS, type BackendCandidate, type TrainingBackend } from './backendChoice.ts';
import type { BackendReport, BackendRequest } from '../training/protocol.ts';
import { threadsWhy, trainingThreads } from './trainingThreads.ts';

/** The part of the worker's global scope read here. */
const scope = self as unknown as { crossOriginIsolated?: boolean; navigator: { hardwareConcurrency?: number } };

const loaders: Record<TrainingBackend, (request: BackendRequest) => Promise<void>> = {
  webgpu: async () => void (await import('@tensorflow/tfjs-backend-webgpu')),
  webgl: async () => void (await import('@tensorflow/tfjs-backend-webgl')),
  wasm: async ({ threads }) => {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // Absolute: the pthread workers that load the glue start from blob: URLs, against which '/@fs/...' (the dev server's) means nothing.
    const glue = new URL(wasmThreadedGlue, self.location.href).href;
    const paths = { 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded, 'tfjs-backend-wasm-threaded-simd.js': glue };
    wasm.setWasmPaths(paths as Parameters<typeof wasm.setWasmPaths>[0]);
    wasm.setThreadsCount(trainingThreads(cores(), threads));
  },
  cpu: async () => void (await import('@tensorflow/tfjs-backend-cpu')),
};

function cores(): number {
  return scope.navigator.hardwareConcurrency ?? 1;
}

/** WASM's thread count as the backend reports it (-1 or 0 without a thread pool: the worker alone). */
async function wasmThreads(request: BackendRequest): Promise<BackendReport['threads']> {
  const count = Math.max(1, (await import('@tensorflow/tfjs-backend-wasm')).getThreadsCount());
  return { count, why: threadsWhy({ count, cores: cores(), requested: request.threads, isolated: scope.crossOriginIsolated === true }) };
}

/** Activates the first candidate that starts; its report says which and why. Throws when none does. */
export async function startBackend(candidates: readonly BackendCandidate[], request: BackendRequest = {}): Promise<BackendReport & { backend: TrainingBackend }> {
  const failed: string[] = [];
  for (const c of candidates) {
    try {
      await loaders[c.name](request);
      if (await tf.setBackend(c.name)) {
        await tf.ready();
        const reason = failed.length > 0 ? `${c.reason}; ${failed.join('; ')}` : c.reason;
        const threads = c.name === 'wasm' ? await wasmThreads(request) : undefined;
        return { backend: c.name, name: BACKEND_LABELS[c.name], reason, ...(threads ? { threads } : {}) };
      }
      failed.push(`${BACKEND_LABELS[c.name]} did not start`);
    } catch (e) {
      failed.push(`${BACKEND_LABELS[c.name]} failed: ${(e as Error).message}`);
    }
  }
  throw new Error(`no TensorFlow.js backend could start (${failed.join('; ')})`);
}
