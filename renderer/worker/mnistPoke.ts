/**
 * The worker's side of "MNIST you can poke": the test split of an MNIST
 * classifier, read once per loaded graph, scored by the trained session in
 * chunks (the confusion matrix), with the last scores kept so a cell's
 * digits, one digit's feeds and a drawn digit's prediction need no second
 * pass. Only the classifier's own graph runs; nothing here trains.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { DataBinding, GraphDocument } from '../../core/graph/document.ts';
import { type MnistClassifier, mnistClassifierOf } from '../../core/graph/mnistClassifier.ts';
import type { DataContext } from '../../core/data/source.ts';
import { FeedSet, type StepFeeds } from '../../core/runtime/feedSet.ts';
import type { Session } from '../../core/runtime/session.ts';
import { argMaxRows, confusionOf } from '../../core/summary/confusion.ts';
import { type CellResult, type ConfusionReport, MAX_CELL_DIGITS, type PickedExample, type PredictResult } from '../training/protocol.ts';

const CLASSES = 10;
const PIXELS = 28 * 28;
/** Test examples scored per run: small enough for a CNN's activations to fit the memory budget. */
const CHUNK = 250;

const testBinding = (field: 'images' | 'labels'): DataBinding => ({ kind: 'dataset', name: 'mnist', split: 'test', field });

export class MnistPoke {
  /** The last scoring: each test example's probabilities, row-major [examples, 10]. */
  private probabilities: Float32Array | undefined;
  private predicted: Int32Array | undefined;

  private constructor(
    private readonly classifier: MnistClassifier,
    private readonly analysis: GraphAnalysis,
    private readonly data: FeedSet,
    private readonly labels: Int32Array,
  ) {}

  /** The poke of a document that is an MNIST classifier, else undefined. The test split is fed with the session's evaluation feeds (keep_prob 1). */
  static async create(doc: GraphDocument, analysis: GraphAnalysis, context: DataContext): Promise<MnistPoke | undefined> {
    const classifier = mnistClassifierOf(doc);
    if ('why' in classifier) return undefined;
    const bindings = { ...doc.session?.feeds, ...doc.session?.evalFeeds, [classifier.images]: testBinding('images'), [classifier.labels]: testBinding('labels') };
    const data = await FeedSet.load(analysis, bindings, { ...context, files: doc.session?.files });
    // Every row by index: tensors made for this read only, where feeds() of all rows would keep them for the set's life.
    const { feeds, dispose } = data.feeds(range(0, data.examples ?? 0));
    try {
      const oneHot = (await (feeds[nameOf(analysis, classifier.labels)] as tf.Tensor).data()) as Float32Array;
      return new MnistPoke(classifier, analysis, data, argMaxRows(oneHot, CLASSES));
    } catch (e) {
      data.dispose();
      throw e;
    } finally {
      dispose();
    }
  }

  /** Test examples. */
  get examples(): number {
    return this.labels.length;
  }

  /** Scores every test example with the session's current variables and counts the confusion matrix. */
  async confusion(session: Session, step: number): Promise<ConfusionReport> {
    const n = this.labels.length;
    const probabilities = new Float32Array(n * CLASSES);
    for (let start = 0; start < n; start += CHUNK) {
      const { feeds, dispose } = this.data.feeds(range(start, Math.min(start + CHUNK, n)));
      try {
        probabilities.set(await this.scores(session, feeds), start * CLASSES);
      } finally {
        dispose();
      }
    }
    this.probabilities = probabilities;
    this.predicted = argMaxRows(probabilities, CLASSES);
    const { counts, total } = confusionOf(this.labels, this.predicted, CLASSES);
    return { step, classes: CLASSES, counts, total };
  }

  /** The digits of one cell of the last matrix, the lowest probability of the true class first (the worst mistakes; on the diagonal the least sure right answers). */
  async cell(trueClass: number, predicted: number): Promise<CellResult> {
    const { probabilities, predicted: guesses } = this;
    if (!probabilities || !guesses) return { ok: false, message: 'the test digits have not been scored yet: train (or step) first' };
    const members: number[] = [];
    for (let i = 0; i < this.labels.length; i++) if (this.labels[i] === trueClass && guesses[i] === predicted) members.push(i);
    members.sort((a, b) => probabilities[a * CLASSES + trueClass] - probabilities[b * CLASSES + trueClass]);
    const shown = members.slice(0, MAX_CELL_DIGITS);
    const pixels = await this.pixelsOf(shown);
    const digits = shown.map((index, k) => ({ ...this.picked(index), probabilities: probabilities.slice(index * CLASSES, (index + 1) * CLASSES), pixels: pixels.slice(k * PIXELS, (k + 1) * PIXELS) }));
    return { ok: true, trueClass, predicted, count: members.length, digits };
  }

  /** What is known of one test digit from the last scoring. */
  picked(index: number): PickedExample {
    return { index, label: this.labels[index], predicted: this.predicted?.[index] ?? -1 };
  }

  /** The feeds of one test example (with the evaluation feeds): what the canvas's values are computed on when it is picked. */
  exampleFeeds(index: number): StepFeeds {
    if (!(Number.isInteger(index) && index >= 0 && index < this.labels.length)) throw new RangeError(`there is no test digit ${index}; the test split has ${this.labels.length}`);
    return this.data.feeds(Int32Array.of(index));
  }

  /** The class probabilities of a drawn digit (784 grey values, 0 paper to 1 ink). */
  async predict(session: Session, pixels: Float32Array): Promise<PredictResult> {
    if (pixels.length !== PIXELS) return { ok: false, message: `a drawn digit has ${PIXELS} pixels, this one ${pixels.length}` };
    const { feeds, dispose } = this.exampleFeeds(0);
    const shape = this.analysis.types.get(this.classifier.images)?.[0].shape ?? null;
    // The pad's 784 values in the images Placeholder's own layout: [1, 784] or [1, 28, 28, 1].
    const image = tf.tensor(pixels, [1, ...(shape ?? [null, PIXELS]).slice(1).map((d) => d ?? PIXELS)]);
    try {
      return { ok: true, probabilities: await this.scores(session, { ...feeds, [nameOf(this.analysis, this.classifier.images)]: image }) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    } finally {
      image.dispose();
      dispose();
    }
  }

  dispose(): void {
    this.data.dispose();
  }

  /** The class scores as probabilities (softmax applied where the graph's scores are logits). */
  private async scores(session: Session, feeds: Parameters<Session['run']>[1]): Promise<Float32Array> {
    const [out] = session.run([this.classifier.output], feeds);
    const probabilities = this.classifier.logits ? tf.tidy(() => tf.softmax(out)) : out;
    try {
      return Float32Array.from(await probabilities.data());
    } finally {
      tf.dispose([out, probabilities]);
    }
  }

  private async pixelsOf(indices: number[]): Promise<Float32Array> {
    if (indices.length === 0) return new Float32Array(0);
    const { feeds, dispose } = this.data.feeds(Int32Array.from(indices));
    try {
      return Float32Array.from(await (feeds[nameOf(this.analysis, this.classifier.images)] as tf.Tensor).data());
    } finally {
      dispose();
    }
  }
}

function range(start: number, end: number): Int32Array {
  return Int32Array.from({ length: end - start }, (_, i) => start + i);
}

function nameOf(analysis: GraphAnalysis, id: string): string {
  return analysis.index.nodes.get(id)!.node.name;
}
