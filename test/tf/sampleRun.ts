/**
 * Flowboard's side of an exported sample: the run `flowboard train` makes
 * (cli/commands/train.ts builds the same Trainer), plus what TensorFlow needs
 * to start from the same place: the initial value of every Variable in the
 * order the export writes them, and the order of the mini-batches of each
 * epoch. Graphs without a train node are run once, as `flowboard run` does.
 */
import { exportGraph } from '../../core/codegen/export/exportGraph.ts';
import { Batcher } from '../../core/data/batcher.ts';
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { Session } from '../../core/runtime/session.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainLog } from '../../core/runtime/trainTypes.ts';

export interface NamedValue {
  name: string;
  shape: number[];
  values: number[];
}

export interface FlowboardRun {
  /** Every Variable's first value, in the export's order. */
  initial: NamedValue[];
  /** Each epoch's order of the training examples, when training walks them in mini-batches. */
  permutations?: number[][];
  logs: TrainLog[];
  /** The logged fetches evaluated after training, by label. */
  metrics: Record<string, number>;
  /** Prediction fetches evaluated after training (inline data only), by node name. */
  predictions: Record<string, NestedNumbers>;
  /** Every Variable after training, by name. */
  trained: Record<string, number[]>;
  /** The probe's fetch before training, when asked. */
  probed?: NestedNumbers;
}

/** A fetch to evaluate from the initial values, before training (a model's output on a few inputs). */
export interface Probe {
  fetch: string;
  feeds: Record<string, NestedNumbers>;
}

/** Trains `doc` as `flowboard train` does (with `epochs` instead of the session's, if given). */
export async function runSample(doc: GraphDocument, options: { backend: string; datasets: DatasetProvider; epochs?: number; probe?: Probe }): Promise<FlowboardRun> {
  const order = exportGraph(doc, []).nodes.filter((n) => n.op === 'Variable').map((n) => n.name);
  if (doc.session?.train === undefined) return runOnce(doc, options.backend, order);
  const trainer = await Trainer.create(doc, { backend: options.backend, datasets: options.datasets, ...(options.epochs === undefined ? {} : { epochs: options.epochs }) });
  try {
    const first = await trainer.variableValues();
    const initial = order.map((name) => ({ name, shape: first[name].shape, values: Array.from(first[name].values) }));
    const probed = options.probe ? (await trainer.session.runValues([options.probe.fetch], options.probe.feeds))[0] : undefined;
    const result = await trainer.train();
    const predictions: Record<string, NestedNumbers> = {};
    const session = doc.session;
    const inline = Object.fromEntries(Object.entries({ ...session.feeds, ...session.evalFeeds }).flatMap(([id, b]) => (b.kind === 'inline' ? [[id, b.value]] : [])));
    for (const f of session.fetches.filter((x) => x.role === 'prediction')) {
      const name = doc.nodes.find((n) => n.id === f.node)!.name;
      [predictions[name]] = await trainer.session.runValues([f.output ? { node: f.node, output: f.output } : f.node], inline);
    }
    const trained = Object.fromEntries(Object.entries(result.variables).map(([k, v]) => [k, Array.from(v.values)]));
    return { initial, permutations: permutations(trainer, doc), logs: result.history, metrics: result.metrics, predictions, trained, ...(probed === undefined ? {} : { probed }) };
  } finally {
    trainer.dispose();
  }
}

/** The example order of every epoch, as the Trainer's batcher walks it; undefined for full-batch training. */
function permutations(trainer: Trainer, doc: GraphDocument): number[][] | undefined {
  const size = doc.session?.batchSize;
  const batcher = new Batcher(trainer.trainingExamples, size, trainer.session.seed);
  if (batcher.fullBatch) return undefined;
  const epochs = Math.ceil(trainer.schedule.totalSteps / batcher.batchesPerEpoch);
  return Array.from({ length: epochs }, (_, e) => {
    const order: number[] = [];
    for (let s = 0; s < batcher.batchesPerEpoch; s++) order.push(...batcher.indices(e * batcher.batchesPerEpoch + s)!);
    return order;
  });
}

/** A graph without training: its fetches run once with the bound inline data. */
async function runOnce(doc: GraphDocument, backend: string, order: string[]): Promise<FlowboardRun> {
  const session = new Session(doc, { backend, seed: doc.session?.seed ?? 0 });
  try {
    const feeds = Object.fromEntries(Object.entries(doc.session?.feeds ?? {}).flatMap(([id, b]) => (b.kind === 'inline' ? [[id, b.value]] : [])));
    const predictions: Record<string, NestedNumbers> = {};
    for (const f of doc.session?.fetches ?? []) [predictions[doc.nodes.find((n) => n.id === f.node)!.name]] = await session.runValues([f.node], feeds);
    const initial = await Promise.all(order.map(async (name) => {
      const [v] = session.run([name]);
      const out = { name, shape: v.shape, values: Array.from(await v.data(), Number) };
      v.dispose();
      return out;
    }));
    return { initial, logs: [], metrics: {}, predictions, trained: {} };
  } finally {
    session.dispose();
  }
}

/** The sample with every Dropout's keep_prob fed 1 in training: no masks, the same computation on both sides. */
export function withoutDropout(doc: GraphDocument): GraphDocument {
  const keeps = new Set(doc.edges.filter((e) => e.targetInput === 'keepProb' && doc.nodes.find((n) => n.id === e.target)?.op === 'Dropout').map((e) => e.source));
  const feeds = Object.fromEntries(Object.entries(doc.session!.feeds).map(([id, b]) => [id, keeps.has(id) ? { kind: 'inline' as const, value: 1 } : b]));
  return { ...doc, session: { ...doc.session!, feeds } };
}
