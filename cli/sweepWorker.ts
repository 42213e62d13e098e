/**
 * One worker thread of `flowboard sweep --jobs N` (started by sweepPool.ts
 * through bin/sweep-worker.js): its own TensorFlow.js backend, trains the run
 * it is sent with core's trainSweepRun and answers with the result, then
 * waits for the next. A run that fails is answered with the error's message.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type BackendName, useBackend } from '../core/runtime/backend.ts';
import { trainSweepRun } from '../core/sweep/runSweep.ts';
import { nodeDatasets } from './datasets.ts';
import type { SweepWorkerData, ToPool, ToWorker } from './sweepMessages.ts';

const data = workerData as SweepWorkerData;
const port = parentPort!;
const options = useBackend(data.backend as BackendName, 'cpu').then((backend) => ({
  backend,
  readText: (path: string) => readFile(resolve(data.dir, path), 'utf8'),
  datasets: nodeDatasets(),
  ...(data.steps === undefined ? {} : { steps: data.steps }),
}));

port.on('message', async ({ index, run }: ToWorker) => {
  let reply: ToPool;
  try {
    reply = { index, result: await trainSweepRun(run, await options) };
  } catch (e) {
    reply = { index, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
