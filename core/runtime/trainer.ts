/**
 * Training: runs the session's Minimize step after step on mini-batches of the
 * bound data, streams logs, stops with a TrainingError naming the node where a
 * value first stopped being finite, and reports final metrics and weights.
 *
 *   const trainer = await Trainer.create(doc, { backend: 'wasm', readText });
 *   const result = await trainer.train({ onLog: (l) => print(l.step, l.loss), signal });
 *   trainer.dispose();
 *
 * `train()` yields to the event loop every few milliseconds, so a UI or a
 * worker's message handler can abort (pause) it; calling it again resumes at
 * the same step with the same batches.
 */
import * as tf from '@tensorflow/tfjs-core';
import { expandTraining, type TrainingGraph } from '../autodiff/expandTraining.ts';
import { analyze } from '../graph/analyze.ts';
import { trainNodeOf } from '../graph/trainNode.ts';
import { FlowboardError } from '../graph/diagnostics.ts';
import type { GraphDocument, SessionConfig, TensorRef } from '../graph/document.ts';
import { Batcher } from '../data/batcher.ts';
import { evaluate, meanOf } from './evaluate.ts';
import { FeedSet, type StepFeeds } from './feedSet.ts';
import { loggedFetches } from './loggedFetches.ts';
import { locateNonFinite } from './nonFinite.ts';
import { type Schedule, schedule, type TrainingSettings } from './schedule.ts';
import { Session } from './session.ts';
import { snapshotSession } from './snapshot.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';
import { type CheckpointMatch, matchCheckpoint } from '../checkpoint/matchCheckpoint.ts';
import type { LoadedCheckpoint, SavedState } from '../checkpoint/savedState.ts';
import { readSessionState, restoreSessionState } from './sessionState.ts';
import type { LoggedFetch, TrainerOptions, TrainLog, TrainOptions, TrainResult, VariableValue } from './trainTypes.ts';

/** Longest stretch of steps between two yields to the event loop. */
const YIELD_MS = 20;

export class Trainer {
  /** How many steps a full run takes and how often it logs; a restore moves its end on by the restored step. */
  schedule: Schedule;
  /** The document as drawn, before training expansion: checkpoints record its title and fingerprint. */
  private drawn: GraphDocument | undefined;
  /** Steps taken since the trainer was made or reset; the next step's index. */
  private done = 0;
  private batcher: Batcher;

  private constructor(
    /** The session on the training graph: fetch any gradient or update from it between steps. */
    readonly session: Session,
    /** The expanded graph: gradients and update nodes of every trained variable. */
    readonly graph: TrainingGraph,
    readonly config: SessionConfig,
    private readonly settings: TrainingSettings,
    private readonly trainData: FeedSet,
    private readonly evalData: FeedSet,
    /** The fetches logged and evaluated (roles loss, accuracy, metric). */
    readonly logged: LoggedFetch[],
  ) {
    this.batcher = new Batcher(trainData.examples ?? 1, settings.batchSize ?? config.batchSize, session.seed);
    this.schedule = schedule(config, settings, this.batcher.batchesPerEpoch);
  }

  /**
   * Expands the document's train node (its session's `train`, else the
   * graph's only Minimize) into the training graph and loads the bound data.
   * Throws FlowboardError naming what to fix: no train node, nothing to
   * train, unusable data.
   */
  static async create(doc: GraphDocument, options: TrainerOptions): Promise<Trainer> {
    const train = trainNodeOf(doc);
    if (train === undefined) throw new FlowboardError('the session has no train node: pick the Minimize node as the one to train');
    const config: SessionConfig = { ...(doc.session ?? { fetches: [], feeds: {} }), train };
    // The drawn document is analysed once, inside the expansion, without the budget: its checks name the
    // graph's own errors; the budget is checked once, on the training graph that actually runs.
    const graph = expandTraining(doc, train);
    const analysis = analyze(graph.doc, { memoryBudget: options.memoryBudget });
    const seed = options.seed ?? config.seed ?? 0;
    const context = { files: config.files, readText: options.readText, datasets: options.datasets, onDataProgress: options.onDataProgress };
    const trainData = await FeedSet.load(analysis, config.feeds, context);
    let evalData = trainData;
    let session: Session | undefined;
    try {
      if (config.evalFeeds) evalData = await FeedSet.load(analysis, { ...config.feeds, ...config.evalFeeds }, context);
      session = new Session(analysis, { backend: options.backend, seed, memoryBudget: options.memoryBudget });
      const trainer = new Trainer(session, graph, config, { ...options, seed }, trainData, evalData, loggedFetches(analysis, config, graph));
      trainer.drawn = doc;
      // A training step that cannot fit the memory budget is refused now, not after the data loaded and the UI said "training".
      trainer.prepareStep();
      return trainer;
    } catch (e) {
      session?.dispose();
      trainData.dispose();
      if (evalData !== trainData) evalData.dispose();
      throw e;
    }
  }

  /** Examples in the training data: one epoch visits each once. */
  get trainingExamples(): number {
    return this.batcher.examples;
  }

  /** Steps taken so far: the index of the next step. */
  get step(): number {
    return this.done;
  }

  /** Runs steps until the schedule's end (or `steps` more), the signal aborts, the probe stops it, or a value stops being finite. */
  async train(options: TrainOptions = {}): Promise<TrainResult> {
    const end = options.steps === undefined ? this.schedule.totalSteps : this.done + options.steps;
    const history: TrainLog[] = [];
    let good = snapshotSession(this.session, this.done);
    let lastYield = Date.now();
    try {
      while (this.done < end) {
        if (options.signal?.aborted) break;
        const step = this.done;
        const logging = step % this.schedule.logEvery === 0 || step === end - 1;
        const before = logging ? snapshotSession(this.session, step) : undefined;
        const probed = options.probe?.refsAt(step, logging);
        let results: tf.Tensor[];
        try {
          results = this.runStep(step, logging, probed ?? []);
        } catch (e) {
          before?.dispose();
          throw e;
        }
        this.done++;
        let stop = false;
        if (probed !== undefined) {
          const extra = results.splice(results.length - probed.length);
          try {
            stop = await options.probe!.onValues(step, extra);
          } finally {
            // A probed tensor the step also fetches (a watch on the loss) is the same object: the log still reads it.
            tf.dispose(extra.filter((t) => !results.includes(t)));
          }
        }
        if (before) {
          const log = await this.readLog(step, results);
          if (!Number.isFinite(log.loss)) {
            before.dispose();
            await locateNonFinite(this.replay(), good, step);
          }
          good.dispose();
          good = before;
          history.push(log);
          await options.onLog?.(log);
        } else tf.dispose(results);
        if (stop) break;
        if (Date.now() - lastYield >= YIELD_MS) {
          await yieldToEventLoop();
          lastYield = Date.now();
        }
      }
      const variables = await this.variableValues();
      // A gradient that blew up on the last steps shows only in the variables.
      if (Object.values(variables).some((v) => v.values.some((x) => !Number.isFinite(x)))) await locateNonFinite(this.replay(), good, this.done - 1);
      const finished = this.done >= end;
      return {
        stopped: finished ? 'finished' : 'aborted',
        steps: this.done,
        loss: history.at(-1)?.loss,
        history,
        metrics: finished ? await this.evaluate() : {},
        variables,
      };
    } finally {
      good.dispose();
    }
  }

  /**
   * The logged fetches (loss, accuracy, metrics) on the evaluation data: the
   * evalFeeds merged over the feeds when the session has them, else all the
   * training data. Runs in batches of the batch size and averages them
   * weighted by size, which is exact for means such as accuracy.
   */
  async evaluate(): Promise<Record<string, number>> {
    return evaluate(this.session, this.logged, this.evalData, this.settings.batchSize ?? this.config.batchSize);
  }

  /** Every Variable's current value, by node name. */
  async variableValues(): Promise<Record<string, VariableValue>> {
    const out: Record<string, VariableValue> = {};
    for (const node of this.session.analysis.doc.nodes) {
      if (node.op !== 'Variable') continue;
      const [t] = this.session.run([{ node: node.id, output: 'value' }]);
      out[node.name] = { shape: t.shape, values: (await t.data()) as Float32Array };
      t.dispose();
    }
    return out;
  }

  /** The Variables, the optimizer's slots and the step, to save as a checkpoint (core/checkpoint/writeCheckpoint). */
  savedState(): Promise<SavedState> {
    return readSessionState(this.session, this.done, this.updateNodes());
  }

  /**
   * Loads a checkpoint, as TF1's `saver.restore(sess, path)`: refused, with
   * nothing changed, when its variables do not match the graph's; else the
   * Variables, slots and step are the saved ones and the run goes on from
   * that step, for the schedule's steps again.
   */
  restore(checkpoint: LoadedCheckpoint): CheckpointMatch {
    const match = matchCheckpoint(analyze(this.drawn ?? this.graph.doc), checkpoint);
    if (!match.ok) return match;
    const notes = restoreSessionState(this.session, checkpoint, this.updateNodes());
    const steps = schedule(this.config, this.settings, this.batcher.batchesPerEpoch).totalSteps;
    this.done = checkpoint.step;
    this.schedule = { ...this.schedule, totalSteps: checkpoint.step + steps };
    return { ok: true, notes: [...match.notes, ...notes] };
  }

  private updateNodes() {
    const attrs = this.session.analysis.index.nodes.get(this.graph.minimize)?.attrs as { optimizer?: string } | undefined;
    return { updates: this.graph.updates, optimizer: attrs?.optimizer ?? 'GradientDescent' };
  }

  /** Starts over: variables from their initializers (with a new seed if given), optimizer state cleared, step 0. */
  reset(seed = this.session.seed): void {
    this.session.reset(seed);
    this.done = 0;
    this.batcher = new Batcher(this.batcher.examples, this.settings.batchSize ?? this.config.batchSize, seed);
    this.schedule = schedule(this.config, this.settings, this.batcher.batchesPerEpoch);
  }

  /** Frees every tensor: the session's and the data's. */
  dispose(): void {
    this.session.dispose();
    this.trainData.dispose();
    if (this.evalData !== this.trainData) this.evalData.dispose();
  }

  private get minimizeRef(): TensorRef {
    return { node: this.graph.minimize, output: 'loss' };
  }

  /** One training step; fetches the loss, and the logged fetches when logging. */
  private runStep(step: number, logging: boolean, probed: readonly TensorRef[]): tf.Tensor[] {
    const { feeds, dispose } = this.feedsAt(step);
    try {
      this.session.step = step;
      return this.session.run([this.minimizeRef, ...(logging ? this.logged.map((f) => f.ref) : []), ...probed], feeds);
    } finally {
      dispose();
    }
  }

  /** Compiles the first step's plan and checks it against the memory budget, running nothing. */
  private prepareStep(): void {
    const { feeds, dispose } = this.feedsAt(0);
    try {
      this.session.prepare([this.minimizeRef, ...this.logged.map((f) => f.ref)], feeds);
    } finally {
      dispose();
    }
  }

  /** The feeds of step `step`'s mini-batch, the batch that step sees; call `dispose` when done. For inspecting values between steps. */
  feedsAt(step: number): StepFeeds {
    return this.trainData.feeds(this.batcher.indices(step));
  }

  private async readLog(step: number, results: tf.Tensor[]): Promise<TrainLog> {
    try {
      const [loss, ...rest] = await Promise.all(results.map(meanOf));
      const values: Record<string, number> = {};
      this.logged.forEach((f, i) => (values[f.label] = rest[i]));
      return { step, epoch: this.batcher.epochOf(step), loss, values };
    } finally {
      tf.dispose(results);
    }
  }

  private replay() {
    return { session: this.session, graph: this.graph, feedsAt: (step: number) => this.feedsAt(step) };
  }
}
