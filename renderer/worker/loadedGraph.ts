/**
 * A graph loaded for training in the worker: its Trainer and what the worker
 * derives from it once per load (taps, logged tags, the decision boundary's
 * set-up, the MNIST test split for poking), and the `loaded` message's info.
 */
import type { DataContext } from '../../core/data/source.ts';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { LoadedInfo, RunSettings } from '../training/protocol.ts';
import { boundarySetup, type BoundarySetup } from './boundary.ts';
import { graphTaps, type GraphTaps } from './graphTaps.ts';
import { MnistPoke } from './mnistPoke.ts';

export interface Loaded {
  doc: GraphDocument;
  settings: RunSettings;
  datasetsBase: string;
  memoryBudget: number;
  trainer: Trainer;
  analysis: GraphAnalysis;
  taps: GraphTaps;
  tags: string[];
  boundary: BoundarySetup | undefined;
  /** Why there is no decision boundary, when there is none. */
  boundaryUnavailable: string | undefined;
  /** The test split of an MNIST classifier, for its confusion matrix; undefined for any other graph. */
  poke: MnistPoke | undefined;
  confusionUnavailable: string | undefined;
}

/** Builds the Trainer for `doc` under the run's settings; throws what Trainer.create throws (the node named). */
export async function loadGraph(doc: GraphDocument, run: { settings: RunSettings; datasetsBase: string; memoryBudget: number }, context: DataContext, backend: string): Promise<Loaded> {
  const { settings, memoryBudget } = run;
  const trainer = await Trainer.create(doc, {
    backend,
    ...context,
    // A first step that cannot fit is refused here, with the node named, instead of freezing the worker.
    memoryBudget,
    seed: settings.seed,
    batchSize: settings.batchSize,
    logEvery: settings.logEvery,
    ...(settings.mode === 'steps' ? { steps: settings.count } : { epochs: settings.count }),
  });
  const analysis = trainer.session.analysis;
  const hasLoss = trainer.logged.some((f) => f.role === 'loss');
  // The training graph's analysis serves the boundary too: it holds every drawn node, with the same inputs and types.
  const boundary = await boundarySetup(doc, analysis, context).catch((e: Error) => `its data could not be read: ${e.message}`);
  // Read before `loaded` is posted, so its progress reports end with the graph's.
  const poke = await MnistPoke.create(doc, analysis, context).catch((e: Error) => `its test split could not be read: ${e.message}`);
  return {
    doc,
    ...run,
    trainer,
    analysis,
    taps: graphTaps(trainer.graph, analysis),
    tags: [...(hasLoss ? [] : ['loss']), ...trainer.logged.map((f) => f.label)],
    boundary: typeof boundary === 'string' ? undefined : boundary,
    boundaryUnavailable: typeof boundary === 'string' ? boundary : undefined,
    poke: typeof poke === 'string' ? undefined : poke,
    confusionUnavailable: typeof poke === 'string' ? poke : undefined,
  };
}

/** What the page learns of a loaded graph: its schedule, logged tags, gradients and names. */
export function loadedInfo(loaded: Loaded): LoadedInfo {
  const { trainer } = loaded;
  return {
    totalSteps: trainer.schedule.totalSteps,
    logEvery: trainer.schedule.logEvery,
    tags: loaded.tags,
    gradients: Object.fromEntries([...trainer.graph.gradients].map(([v, g]) => [v, g.node])),
    names: Object.fromEntries(trainer.graph.doc.nodes.map((n) => [n.id, n.name])),
    boundaryUnavailable: loaded.boundaryUnavailable,
    ...(loaded.confusionUnavailable ? { confusionUnavailable: loaded.confusionUnavailable } : {}),
  };
}
