/**
 * Trains one course sample as `flowboard train` would and measures it: the
 * test accuracy (the session's evalFeeds) and the time of the training steps
 * alone, from the start of training to the last step's log, so loading the
 * data and the final evaluation on the test set are timed apart.
 */
import { readFile } from 'node:fs/promises';
import type { DatasetProvider } from '../core/data/datasetProvider.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import type { TrainLog } from '../core/runtime/trainTypes.ts';
import { samplePath } from './courseSamples.ts';

export interface CourseRunOptions {
  backend: string;
  datasets: DatasetProvider;
  /** Training examples the datasets provider serves (60,000, or a subset). */
  trainingExamples: number;
  /** Epochs instead of the sample's own (15). */
  epochs?: number;
  /** Seed instead of the sample's own. */
  seed?: number;
  /** Called on every log (once per epoch). */
  onLog?: (log: TrainLog) => void;
}

export interface CourseRunResult {
  accuracy: number;
  epochs: number;
  /** Examples per second of training. */
  rate: number;
  trainSeconds: number;
  loadSeconds: number;
  evalSeconds: number;
  finalLoss: number | undefined;
}

/** Trains `name` from samples/ and evaluates it on the test set. */
export async function runCourseSample(name: string, options: CourseRunOptions): Promise<CourseRunResult> {
  const { document, diagnostics } = loadDocumentText(await readFile(samplePath(name), 'utf8'));
  if (!document?.session) throw new Error(`${name} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const epochs = options.epochs ?? document.session.epochs ?? 1;
  const t0 = performance.now();
  const trainer = await Trainer.create(document, { backend: options.backend, datasets: options.datasets, epochs, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  try {
    const t1 = performance.now();
    let lastStep = t1;
    const result = await trainer.train({
      onLog: (log) => {
        lastStep = performance.now();
        options.onLog?.(log);
      },
    });
    const t2 = performance.now();
    const label = trainer.logged.find((f) => f.role === 'accuracy')?.label;
    if (label === undefined || result.metrics[label] === undefined) throw new Error(`${name} logs no accuracy`);
    const trainSeconds = (lastStep - t1) / 1000;
    return {
      accuracy: result.metrics[label],
      epochs,
      rate: (epochs * options.trainingExamples) / trainSeconds,
      trainSeconds,
      loadSeconds: (t1 - t0) / 1000,
      evalSeconds: (t2 - lastStep) / 1000,
      finalLoss: result.loss,
    };
  } finally {
    trainer.dispose();
  }
}
