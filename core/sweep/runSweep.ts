/**
 * Trains a sweep's runs one after another with the same Trainer that
 * `flowboard train` uses, and keeps each run's final metrics (the logged
 * fetches evaluated after training, as `train` prints them). One run is
 * trainSweepRun, which `flowboard sweep --jobs` calls on worker threads.
 */
import type { DataContext } from '../data/source.ts';
import { TrainingError } from '../runtime/nonFinite.ts';
import { Trainer } from '../runtime/trainer.ts';
import type { TrainingSettings } from '../runtime/schedule.ts';
import type { SweepRun } from './expand.ts';

/** One trained run's ending: its final metrics by label, or where it stopped. */
export interface SweepRunResult {
  setting: string;
  seed: number;
  metrics: Record<string, number>;
  /** Set when training stopped on a value that is not finite. */
  stopped?: string;
}

export interface RunSweepOptions extends DataContext, TrainingSettings {
  backend: string;
  memoryBudget?: number;
  /** Called after each run, with how many are done. */
  onRun?: (result: SweepRunResult, done: number) => void;
  signal?: AbortSignal;
}

/** Every run's result, in the runs' order; stops early (with the results so far) when `signal` aborts. */
export async function runSweep(runs: readonly SweepRun[], options: RunSweepOptions): Promise<SweepRunResult[]> {
  const { onRun, signal, ...trainerOptions } = options;
  const results: SweepRunResult[] = [];
  for (const run of runs) {
    if (signal?.aborted) break;
    const result = await trainSweepRun(run, trainerOptions);
    results.push(result);
    onRun?.(result, results.length);
  }
  return results;
}

/** Trains one run: its final metrics, or where it stopped on a value that is not finite. */
export async function trainSweepRun(run: SweepRun, options: Omit<RunSweepOptions, 'onRun' | 'signal'>): Promise<SweepRunResult> {
  const trainer = await Trainer.create(run.setting.document, { ...options, seed: run.seed });
  try {
    const result = await trainer.train();
    const metrics = { ...result.metrics };
    // The loss as `train` reports it when it is not a logged fetch of its own.
    if (!trainer.logged.some((f) => f.role === 'loss') && result.loss !== undefined) metrics.loss = result.loss;
    return { setting: run.setting.label, seed: run.seed, metrics };
  } catch (e) {
    if (!(e instanceof TrainingError)) throw e;
    return { setting: run.setting.label, seed: run.seed, metrics: {}, stopped: `step ${e.step}: ${e.message.split(',')[0]}` };
  } finally {
    trainer.dispose();
  }
}
