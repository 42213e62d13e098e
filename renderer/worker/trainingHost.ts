/**
 * The worker's side of training: holds the Trainer, runs and pauses it on
 * command, steps through one step a pass at a time, answers Run, and turns
 * its logs and state into summary batches. Batches go out
 * only when the UI has drawn the previous one (its `ack`), so they arrive at
 * most once per frame however fast training is. Free of worker globals, so
 * tests drive it directly.
 */
import type { DataContext } from '../../core/data/source.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { SAFE_MEMORY_BUDGET } from '../../core/graph/memory.ts';
import { TrainingError } from '../../core/runtime/nonFinite.ts';
import { type BreakpointState, type DebugProbe, debugProbe } from '../../core/runtime/debugProbe.ts';
import { summaryImages } from '../../core/runtime/summaryImages.ts';
import type { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainLog } from '../../core/runtime/trainTypes.ts';
import { evaluateBoundary } from './boundary.ts';
import { histogramStride } from './histogramStride.ts';
import { type Loaded, loadedInfo, loadGraph } from './loadedGraph.ts';
import { captureHistograms, captureNodeStats, captureWatched, histogramEntryOf } from './capture.ts';
import { exampleField, freshPokeState, pokeMessage, type PokeState, scoreTestSplit } from './pokeHost.ts';
import { PendingBatch, RateMeter } from './pendingBatch.ts';
import { runGraph } from './runGraph.ts';
import { shownTaps, showsGradients, showsValueOf } from './shownValues.ts';
import { skippedReasons } from './skippedWatches.ts';
import { readVariables, type VariableValues, variableChanges } from './variableChanges.ts';
import {
  batchTransfers,
  type FromWorker,
  type RunSettings,
  type RunStatus,
  type StepPhase,
  type ToWorker,
  type ValuesShown,
} from '../training/protocol.ts';

export interface HostEnv {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Where bound data comes from (MNIST files under the app's datasets folder). */
  dataContext(datasetsBase: string): DataContext;
  /** The active tfjs backend's name. */
  backend: string;
}

/** Minimum milliseconds between two captures of node values, boundary and watched tensors while training. */
const SNAPSHOT_EVERY_MS = 120;
/** Progress (step, rate) is sent this often between log steps. */
const PROGRESS_EVERY_MS = 200;

export class TrainingHost {
  private loaded: Loaded | undefined;
  private running: { controller: AbortController; done: Promise<void> } | undefined;
  private queue: Promise<void> = Promise.resolve();
  private watched: string | undefined;
  private pending = new PendingBatch();
  /** The picked test digit and when the test split was last scored. */
  private poking: PokeState = freshPokeState();
  private uiReady = true;
  private rate = new RateMeter();
  private last = { histogramStep: -1, snapshot: -Infinity };
  private progressTimer: ReturnType<typeof setInterval> | undefined;
  /** Whether Train is running (values are captured as it goes), not a single step. */
  private continuous = false;
  /** What the canvas shows now, so a node watched later shows the same and no more. */
  private shown: { shows: ValuesShown; before: VariableValues | undefined } = { shows: 'initial', before: undefined };
  /** Which breakpoints' conditions held at the last check of this run. */
  private breakpoints: BreakpointState = { held: new Set() };
  /** The skipped watches last reported, so each Train or Step does not repeat them. */
  private skippedNoted = '';

  constructor(private readonly env: HostEnv) {}

  /** Handles one message. Pause, ack and watch act at once; the others wait for the previous command. */
  handle(msg: ToWorker): Promise<void> {
    switch (msg.type) {
      case 'pause':
        this.running?.controller.abort();
        return Promise.resolve();
      case 'ack':
        this.uiReady = true;
        if (!this.running && this.pending.hasContent) this.flush(true);
        return Promise.resolve();
      case 'watch':
        this.watched = msg.nodeId;
        if (this.running || !this.loaded || msg.nodeId === undefined) return Promise.resolve();
        return this.enqueue(async () => {
          await this.captureWatched(this.loaded!.trainer.step);
          this.flush(true);
        });
      case 'debug':
        return this.enqueue(async () => {
          if (!this.loaded) return;
          this.loaded.doc = { ...this.loaded.doc, debug: msg.debug };
          // A run under way picks the new breakpoints up at once: stopped and started again at the same step.
          if (this.running) {
            await this.stopRunning();
            await this.startTraining();
          }
        });
      case 'images':
        // Read at each log step: a run under way draws the new ones from its next one (after a load waiting in the queue).
        return this.enqueue(async () => {
          if (this.loaded) this.loaded.doc = { ...this.loaded.doc, session: { fetches: [], feeds: {}, ...this.loaded.doc.session, images: msg.images } };
        });
      case 'train':
        return this.enqueue(async () => this.startTraining());
      case 'load':
        return this.enqueue(() => this.load(msg.doc, msg.settings, msg.datasetsBase, msg.memoryBudget ?? SAFE_MEMORY_BUDGET));
      case 'reset':
        return this.enqueue(async () => {
          if (this.loaded) await this.load(this.loaded.doc, msg.settings, this.loaded.datasetsBase, this.loaded.memoryBudget);
        });
      case 'step':
        return this.enqueue(() => this.step(msg.phase));
      case 'run':
        return this.enqueue(async () => {
          const trained = msg.request.trained ? this.loaded?.trainer.session : undefined;
          const result = await runGraph(msg.request, this.env.backend, this.env.dataContext(msg.request.datasetsBase), trained);
          this.env.post({ type: 'ran', id: msg.id, result }, result.ok ? result.values.map((v) => v.values.buffer as ArrayBuffer) : []);
        });
      case 'readWeights':
        return this.enqueue(async () => {
          const trainer = this.loaded?.trainer;
          const result = trainer ? ({ ok: true, state: await trainer.savedState() } as const) : ({ ok: false, message: 'train the graph first: there are no trained weights to save' } as const);
          this.env.post({ type: 'weights', id: msg.id, result }, []);
        });
      case 'restoreWeights':
        return this.enqueue(() => this.restoreWeights(msg.id, msg.checkpoint));
      case 'confusionCell':
      case 'example':
      case 'predict':
        return this.enqueue(() => pokeMessage(msg, { loaded: this.loaded, running: !!this.running, state: this.poking, post: this.env.post, showExample: () => this.captureValues('step').then(() => this.flush(true)) }));
    }
  }

  /** Stops training and frees every tensor. */
  async dispose(): Promise<void> {
    await this.stopRunning();
    this.loaded?.trainer.dispose();
    this.loaded?.poke?.dispose();
    this.loaded = undefined;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private async stopRunning(): Promise<void> {
    const run = this.running;
    if (!run) return;
    run.controller.abort();
    await run.done;
  }

  private async load(doc: GraphDocument, settings: RunSettings, datasetsBase: string, memoryBudget: number): Promise<void> {
    await this.stopRunning();
    this.loaded?.trainer.dispose();
    this.loaded?.poke?.dispose();
    this.loaded = undefined;
    this.poking = freshPokeState();
    this.pending.take(this.progress());
    this.rate.reset();
    this.last.histogramStep = -1;
    this.breakpoints = { held: new Set() };
    this.skippedNoted = '';
    this.status('loading', 0);
    try {
      const loaded = await loadGraph(doc, { settings, datasetsBase, memoryBudget }, this.env.dataContext(datasetsBase), this.env.backend);
      this.loaded = loaded;
      this.env.post({ type: 'loaded', info: loadedInfo(loaded) }, []);
      // The untrained model: histograms at step 0 and the variables' initial values. Nothing is
      // computed yet: the first Forward (or Step, or Train) computes step 0's values.
      await this.captureHistogramsAt(0, true);
      await this.captureValues('initial');
      this.status('ready', 0);
      this.flush(true);
    } catch (e) {
      this.fail(e);
      this.status('failed', 0, (e as Error).message);
    }
  }

  private async startTraining(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || this.running) return;
    const { trainer } = loaded;
    if (trainer.step >= trainer.schedule.totalSteps) return this.status('finished', trainer.step);
    const controller = new AbortController();
    this.poking.example = undefined;
    this.status('training', trainer.step);
    this.rate.reset();
    this.rate.add(performance.now(), trainer.step);
    this.progressTimer = setInterval(() => {
      this.rate.add(performance.now(), trainer.step);
      if (this.uiReady) this.flush(false);
    }, PROGRESS_EVERY_MS);
    // Not awaited: the queue stays free for pause, and a load or step waits on `done`.
    const done = this.runTrainer(trainer, { signal: controller.signal }, 'training').finally(() => {
      clearInterval(this.progressTimer);
      this.running = undefined;
    });
    this.running = { controller, done };
  }

  /** Trains until the end, a pause or `steps` more; then shows `after`: everything (`training`, `step`) or the variables' update. */
  private async runTrainer(trainer: Trainer, options: { signal?: AbortSignal; steps?: number }, after: 'training' | 'step' | 'update'): Promise<void> {
    this.continuous = after === 'training';
    try {
      const before = this.continuous ? undefined : await readVariables(trainer);
      const debug = debugProbe(trainer, this.loaded!.analysis, this.loaded!.doc.debug, this.breakpoints, {
        onHit: ([first, ...rest]) =>
          this.env.post({ type: 'breakpoint', hit: { breakpointId: first.breakpoint.id, nodeId: first.breakpoint.node, step: first.step, message: first.message, others: rest.length } }, []),
      });
      this.noteSkipped(debug);
      const result = await trainer.train({ ...options, probe: debug.probe, onLog: (log) => this.onLog(log, debug) });
      if (trainer.step > 0) await this.captureHistogramsAt(trainer.step - 1, true);
      await this.captureValues(after, before);
      const finished = trainer.step >= trainer.schedule.totalSteps;
      const status = finished ? 'finished' : result.stopped === 'aborted' || options.steps !== undefined ? 'paused' : 'finished';
      this.status(status, trainer.step, undefined, after === 'update' ? 'update' : undefined);
      // The end of Train scores the test split (single steps never do: step-through stays quick), after the pause and its values show.
      if (after === 'training' && this.loaded?.poke) {
        this.flush(true);
        await scoreTestSplit(this.loaded, this.poking, this.pending, true);
      }
    } catch (e) {
      this.fail(e);
      this.status(e instanceof TrainingError ? 'paused' : 'failed', trainer.step, (e as Error).message);
    } finally {
      this.continuous = false;
    }
    this.flush(true);
  }

  /** Says once per load and watch list which watches log nothing, and why. */
  private noteSkipped(debug: DebugProbe): void {
    const reasons = skippedReasons(debug, this.loaded!.analysis);
    if (reasons.join('\n') === this.skippedNoted) return;
    this.skippedNoted = reasons.join('\n');
    if (reasons.length > 0) this.env.post({ type: 'watchesSkipped', reasons }, []);
  }

  /** Restores a checkpoint into the loaded trainer and shows its values, as after a Reset at the restored step. */
  private async restoreWeights(id: number, checkpoint: Parameters<Trainer['restore']>[0]): Promise<void> {
    await this.stopRunning();
    const loaded = this.loaded;
    if (!loaded) {
      this.env.post({ type: 'restored', id, result: { ok: false, message: 'the graph could not be loaded for training' } }, []);
      return;
    }
    const match = loaded.trainer.restore(checkpoint);
    if (!match.ok) {
      this.env.post({ type: 'restored', id, result: { ok: false, message: match.message } }, []);
      return;
    }
    const { trainer } = loaded;
    this.poking.example = undefined;
    this.env.post({ type: 'loaded', info: loadedInfo(loaded) }, []);
    await this.captureHistogramsAt(trainer.step, true);
    await this.captureValues('initial');
    this.status('paused', trainer.step);
    this.flush(true);
    this.env.post({ type: 'restored', id, result: { ok: true, step: trainer.step, variables: checkpoint.variables.size, notes: match.notes } }, []);
    // The restored weights' confusion matrix, once the restore has shown.
    if (loaded.poke) {
      await scoreTestSplit(loaded, this.poking, this.pending, true);
      this.flush(true);
    }
  }

  /** A whole training step (no phase), or one phase of it in step-through mode. */
  private async step(phase: StepPhase | undefined): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || this.running) return;
    const { trainer } = loaded;
    this.poking.example = undefined;
    if (phase === undefined || phase === 'update') return this.runTrainer(trainer, { steps: 1 }, phase === 'update' ? 'update' : 'step');
    // Forward and backward compute the next step's values without changing any variable.
    await this.captureValues(phase);
    this.status('paused', trainer.step, undefined, phase);
    this.flush(true);
  }

  /** A log step's scalars: the logged fetches, then the watches (logged scalars like the others, so Scalars and exports need no special case). */
  private async onLog(log: TrainLog, debug: DebugProbe): Promise<void> {
    const loaded = this.loaded!;
    const values = loaded.tags.map((tag) => (tag === 'loss' && !(tag in log.values) ? log.loss : log.values[tag]));
    const watched = debug.watchValuesAt(log.step);
    this.pending.addScalars([...loaded.tags, ...debug.watchTags], log.step, Date.now(), [...values, ...debug.watchTags.map((t) => watched[t])]);
    this.rate.add(performance.now(), log.step + 1);
    await this.captureHistogramsAt(log.step, false);
    if (this.continuous) await scoreTestSplit(loaded, this.poking, this.pending, false);
    // A single step shows its values once, after it; Train shows them as it goes, at most at the snapshot rate.
    if (this.continuous && performance.now() - this.last.snapshot >= SNAPSHOT_EVERY_MS) await this.captureValues('training');
    if (this.uiReady) this.flush(false);
  }

  /**
   * Histograms of every variable and gradient, and the session's image summaries, labelled
   * with the log step they follow. Taken by step rather than by clock (see histogramStride), each step once.
   */
  private async captureHistogramsAt(step: number, force: boolean): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || step === this.last.histogramStep || (!force && step % histogramStride(loaded.trainer.schedule) !== 0)) return;
    this.last.histogramStep = step;
    const { feeds, dispose } = loaded.trainer.feedsAt(Math.max(0, step));
    try {
      for (const entry of await captureHistograms(loaded.trainer, feeds, step)) this.pending.addHistogram(entry);
      for (const images of await summaryImages(loaded.trainer.session, loaded.analysis, loaded.doc.session?.images ?? [], feeds)) this.pending.addImage({ ...images, step, wallTime: Date.now() });
    } finally {
      dispose();
    }
  }

  /**
   * The values the canvas shows, those step `trainer.step` computes (so they
   * agree with the step counter): only what `shows` names (see ValuesShown),
   * with each variable's change when `before` holds its values before the update.
   */
  private async captureValues(shows: ValuesShown, before?: VariableValues): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    const { trainer } = loaded;
    const step = trainer.step;
    this.last.snapshot = performance.now();
    this.shown = { shows, before };
    const { feeds, dispose } = this.feedsNow(step);
    try {
      const stats = await captureNodeStats(trainer.session, shownTaps(loaded, shows), feeds, step);
      const changes = before ? variableChanges(trainer, before, await readVariables(trainer)) : undefined;
      this.pending.nodeStats = { ...stats, shows, changes, ...exampleField(this.poking) };
      // The boundary is the model's function: it changes with the variables, not with a pass.
      if (loaded.boundary && shows !== 'forward' && shows !== 'backward') this.pending.boundary = await evaluateBoundary(trainer.session, loaded.boundary, step);
      if (this.watched !== undefined) await this.captureWatched(step, feeds);
    } finally {
      dispose();
    }
  }

  private async captureWatched(step: number, feeds?: Parameters<typeof captureWatched>[3]): Promise<void> {
    const loaded = this.loaded;
    const id = this.watched;
    if (!loaded || id === undefined || !loaded.analysis.index.nodes.has(id)) return;
    const own = feeds ? undefined : this.feedsNow(Math.max(0, step));
    try {
      const { shows, before } = this.shown;
      const show = { value: showsValueOf(loaded, shows, id), gradient: showsGradients(shows) };
      const watched = await captureWatched(loaded.trainer, loaded.analysis, id, feeds ?? own!.feeds, step, show);
      const old = before?.get(id);
      if (old && watched.value) watched.before = { shape: watched.value.shape, values: Float32Array.from(old) };
      this.pending.watched = { ...watched, ...exampleField(this.poking) };
      // The watched node's values over time, as TensorBoard's activation histograms.
      if (watched.value && shows === 'training' && !loaded.trainer.graph.gradients.has(id)) this.pending.addHistogram(histogramEntryOf(loaded.analysis.index.nodes.get(id)!.node.name, step, watched.value.values));
    } finally {
      own?.dispose();
    }
  }

  /** The picked test digit's feeds, else step `step`'s mini-batch. */
  private feedsNow(step: number) {
    const { example } = this.poking;
    return example && this.loaded?.poke ? this.loaded.poke.exampleFeeds(example.index) : this.loaded!.trainer.feedsAt(step);
  }

  private progress() {
    const trainer = this.loaded?.trainer;
    return { step: trainer?.step ?? 0, totalSteps: trainer?.schedule.totalSteps ?? 0, stepsPerSecond: this.rate.perSecond };
  }

  /** Sends what is pending, if the UI drew the last batch (or `force`). */
  private flush(force: boolean): void {
    if (!force && !this.uiReady) return;
    const batch = this.pending.take(this.progress());
    this.uiReady = false;
    this.env.post({ type: 'batch', batch }, batchTransfers(batch));
  }

  private status(status: RunStatus, step: number, message?: string, phase?: StepPhase): void {
    this.env.post({ type: 'status', status, step, message, phase }, []);
  }

  private fail(e: unknown): void {
    const error = e as Error & { nodeId?: string; step?: number };
    this.env.post({ type: 'failed', message: error.message, nodeId: error.nodeId, step: error instanceof TrainingError ? error.step : undefined, nonFinite: e instanceof TrainingError }, []);
  }
}
