/**
 * The app's one training client, started with the app: the worker begins
 * picking its backend at once, so the status bar can say which before the
 * first Train.
 */
import { flowStore } from '../store/flowStore.ts';
import { backendRequestOf } from './backendRequest.ts';
import { createTrainingClient, type TrainingClient } from './trainingClient.ts';
import { restoreWeightsOnOpen } from '../codeio/documentWeights.ts';

let client: TrainingClient | undefined;

/** The training client, started on first use. */
export function training(): TrainingClient {
  if (client) return client;
  client = createTrainingClient(flowStore, {
    worker: () => new Worker(new URL('../worker/trainingWorker.ts', import.meta.url), { type: 'module', name: 'training' }),
    datasetsBase: new URL('./datasets/', document.baseURI).href,
    backend: backendRequestOf(window.location.search),
  });
  // A document that keeps trained weights opens trained (codeio/documentWeights).
  restoreWeightsOnOpen(flowStore, client);
  return client;
}
