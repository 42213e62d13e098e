/**
 * Trains one course sample as `flowboard train` would and measures it: the
 * test accuracy (the session's evalFeeds) and the time of the training steps
 * alone, from the start of training to the last step's log, so loading the
 * data and the final evaluation on the test set are timed apart.
 */
import { readFile } from 'node:fs/promises';
import { firstTrainingExamples } from '../cli/datasets.ts';
import type { DatasetProvider } from '../core/data/datasetProvider.ts';
import { MNIST_SPLITS, type MnistSplit } from '../core/data/mnist.ts';
import type { GraphDocument, SessionConfig } from '../core/graph/document.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import type { TrainLog } from '../core/runtime/trainTypes.ts';
import { samplePath } from './courseSamples.ts';

export interface CourseRunOptions {
  backend: string;
  datasets: DatasetProvider;
  /** Train on this MNIST split instead of the sample's own (e.g. `train`, all 60,000 images). */
  split?: MnistSplit;
  /** Train on the first `subset` examples of the split only (quick runs). */
  subset?: number;
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
  /** The seed training used (the sample's own unless overridden). */
  seed: number;
  /** The MNIST split trained on, and how many of its examples. */
  split: MnistSplit;
  trainingExamples: number;
  /** Examples per second of training. */
  rate: number;
  trainSeconds: number;
  loadSeconds: number;
  evalSeconds: number;
  finalLoss: number | undefined;
}

/** Trains `name` from samples/ and evaluates it on the test set. */
export async function runCourseSample(name: string, options: CourseRunOptions): Promise<CourseRunResult> {
  const { document: loaded, diagnostics } = loadDocumentText(await readFile(samplePath(name), 'utf8'));
  if (!loaded?.session) throw new Error(`${name} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const document = options.split ? withTrainingSplit(loaded, options.split) : loaded;
  const split = trainingSplit(document.session!, name);
  // The split's examples are a range of its file, so cutting the file after the range's first `subset` cuts the split there.
  const datasets = options.subset === undefined ? options.datasets : firstTrainingExamples(options.datasets, MNIST_SPLITS[split].from + options.subset);
  const epochs = options.epochs ?? document.session!.epochs ?? 1;
  const t0 = performance.now();
  const trainer = await Trainer.create(document, { backend: options.backend, datasets, epochs, ...(options.seed === undefined ? {} : { seed: options.seed }) });
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
      seed: trainer.session.seed,
      split,
      trainingExamples: trainer.trainingExamples,
      rate: (epochs * trainer.trainingExamples) / trainSeconds,
      trainSeconds,
      loadSeconds: (t1 - t0) / 1000,
      evalSeconds: (t2 - lastStep) / 1000,
      finalLoss: result.loss,
    };
  } finally {
    trainer.dispose();
  }
}

/** The MNIST split the session trains on; the course samples all train on MNIST. */
function trainingSplit(session: SessionConfig, name: string): MnistSplit {
  const splits = new Set(Object.values(session.feeds).flatMap((b) => (b.kind === 'dataset' ? [b.split] : [])));
  if (splits.size !== 1) throw new Error(`${name} should train on one MNIST split, but its feeds name ${splits.size === 0 ? 'none' : [...splits].join(' and ')}`);
  return [...splits][0];
}

/** The document with its training feeds moved to another MNIST split (its test feeds stay). */
export function withTrainingSplit(document: GraphDocument, split: MnistSplit): GraphDocument {
  const session = document.session!;
  const feeds = Object.fromEntries(Object.entries(session.feeds).map(([id, b]) => [id, b.kind === 'dataset' ? { ...b, split } : b]));
  return { ...document, session: { ...session, feeds } };
}
