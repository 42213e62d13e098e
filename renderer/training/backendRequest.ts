/**
 * The page's say in the worker's backend, from its URL: `?backend=webgl`
 * trains on that backend even where the worker would skip it (a software
 * GPU), `?threads=N` runs WASM on N threads instead of every core but one.
 * For comparing backends and measuring; a value that is not one of these is
 * ignored.
 */
import type { BackendName, BackendRequest } from './protocol.ts';

const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The request in a URL's search string. */
export function backendRequestOf(search: string): BackendRequest {
  const params = new URLSearchParams(search);
  const backend = params.get('backend') as BackendName | null;
  const threads = Number(params.get('threads') ?? Number.NaN);
  return {
    ...(backend !== null && BACKENDS.includes(backend) ? { backend } : {}),
    ...(Number.isSafeInteger(threads) && threads >= 1 ? { threads } : {}),
  };
}
