/** The app's sweep client, made on first use; each sweep starts training workers of its own (as many as sweepWorkers says). */
import { flowStore } from '../store/flowStore.ts';
import { backendRequestOf } from './backendRequest.ts';
import { createSweepClient, type SweepClient } from './sweepClient.ts';
import { sweepWorkers } from './sweepWorkers.ts';

let client: SweepClient | undefined;

/** The sweep client. */
export function sweeps(): SweepClient {
  client ??= createSweepClient(flowStore, {
    worker: () => new Worker(new URL('../worker/trainingWorker.ts', import.meta.url), { type: 'module', name: 'sweep' }),
    datasetsBase: new URL('./datasets/', document.baseURI).href,
    backend: backendRequestOf(window.location.search),
    workers: sweepWorkers(navigator.hardwareConcurrency, window.location.search),
  });
  return client;
}
