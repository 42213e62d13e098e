/**
 * Flowboard's side of an exported sample: the run `flowboard train` makes
 * (cli/commands/train.ts builds the same Trainer). TensorFlow starts from the
 * same place on its own: the exports write TF's seeds and Flowboard's batch
 * order (issue 14). Graphs without a train node are run once, as `flowboard
 * run` does.
 */
import type { DatasetProvider } from '../../core/data/datasetProvider.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { Session } from '../../core/runtime/session.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainLog } from '../../core/runtime/trainTypes.ts';

export interface FlowboardRun {
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
  if (doc.session?.train === undefined) return runOnce(doc, options.backend);
  const trainer = await Trainer.create(doc, { backend: options.backend, datasets: options.datasets, ...(options.epochs === undefined ? {} : { epochs: options.epochs }) });
  try {
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
    return { logs: result.history, metrics: result.metrics, predictions, trained, ...(probed === undefined ? {} : { probed }) };
  } finally {
    trainer.dispose();
  }
}

/** A graph without training: its fetches run once with the bound inline data. */
async function runOnce(doc: GraphDocument, backend: string): Promise<FlowboardRun> {
  const session = new Session(doc, { backend, seed: doc.session?.seed ?? 0 });
  try {
    const feeds = Object.fromEntries(Object.entries(doc.session?.feeds ?? {}).flatMap(([id, b]) => (b.kind === 'inline' ? [[id, b.value]] : [])));
    const predictions: Record<string, NestedNumbers> = {};
    for (const f of doc.session?.fetches ?? []) [predictions[doc.nodes.find((n) => n.id === f.node)!.name]] = await session.runValues([f.node], feeds);
    return { logs: [], metrics: {}, predictions, trained: {} };
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
