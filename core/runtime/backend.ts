/**
 * Picks and starts a TensorFlow.js backend. The backend is a parameter of
 * every session, never a global assumption; this only loads and activates it.
 */
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'wasm' | 'cpu' | 'webgl';

const loaders: Record<BackendName, () => Promise<unknown>> = {
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
};

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

/** The active backend's name. */
export function activeBackend(): string {
  return tf.getBackend();
}
