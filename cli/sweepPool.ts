/**
 * `flowboard sweep --jobs N`: the sweep's runs trained N at a time, each on a
 * worker thread of its own (sweepWorker.ts) with its own single-threaded
 * backend, as the app's Run sweep trains them in workers. A worker takes the
 * next run as it finishes one; the results come back in the runs' order, so
 * the table is the same as one after another gives. A run that fails stops
 * the sweep with its setting, seed and the error.
 */
import { Worker } from 'node:worker_threads';
import type { SweepRun } from '../core/sweep/expand.ts';
import type { SweepRunResult } from '../core/sweep/runSweep.ts';
import { CliError } from './cliError.ts';
import type { SweepWorkerData, ToPool, ToWorker } from './sweepMessages.ts';

export interface SweepPoolOptions extends SweepWorkerData {
  jobs: number;
  /** Called as each run ends (not in the runs' order), with how many have. */
  onRun?: (result: SweepRunResult, done: number) => void;
}

const WORKER = new URL('../bin/sweep-worker.js', import.meta.url);

/** Every run's result, in the runs' order. */
export async function runSweepInWorkers(runs: readonly SweepRun[], options: SweepPoolOptions): Promise<SweepRunResult[]> {
  const { jobs, onRun, ...data } = options;
  const results: SweepRunResult[] = new Array(runs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, runs.length)) }, () => new Worker(WORKER, { workerData: data satisfies SweepWorkerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= runs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, run: runs[index] } satisfies ToWorker);
            };
            worker.on('message', (reply: ToPool) => {
              const run = runs[reply.index];
              if ('error' in reply) return reject(new CliError(`run ${reply.index + 1} (${run.setting.label}, seed ${run.seed}) failed: ${reply.error}`));
              results[reply.index] = reply.result;
              onRun?.(reply.result, ++done);
              send();
            });
            worker.on('error', (e) => reject(new CliError(`a sweep worker stopped: ${e.message}`)));
            worker.on('exit', (code) => {
              if (next < runs.length || code !== 0) reject(new CliError(`a sweep worker exited (code ${code}) before the sweep ended`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
