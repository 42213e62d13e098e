/**
 * The UI thread's side of training: owns the worker, turns run controls into
 * messages, and writes what comes back into the store's run slice, once per
 * animation frame (then acknowledges, so the worker sends the next batch).
 * Editing the graph while it trains pauses training and says why.
 */
import { DiagnosticCode } from '../../core/graph/diagnostics.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { trainNodeOf } from '../../core/graph/trainNode.ts';
import { analysisOf } from '../store/analysis.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import type { RunRecord } from '../store/runSlice.ts';
import { runColor } from '../ui/runColors.ts';
import { applyBatches, createRunReservoirs, type RunReservoirs } from './applyBatch.ts';
import { runSettingsOf } from '../store/runSettings.ts';
import type { BackendRequest, CellResult, FromWorker, PredictResult, RestoreResult, RunResult, RunSettings, StartWorker, StepPhase, SummaryBatch, ToWorker, WeightsResult } from './protocol.ts';
import type { LoadedCheckpoint } from '../../core/checkpoint/savedState.ts';

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: StartWorker | ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

export interface TrainingClientOptions {
  worker: () => WorkerLike;
  /** URL of the app's datasets folder (MNIST), ending in `/`. */
  datasetsBase: string;
  /** Runs a callback before the next frame is drawn (requestAnimationFrame). */
  frame?: (callback: () => void) => void;
  /** The page's say in the backend (URL ?backend=, ?threads=); the worker's own choice by default. */
  backend?: BackendRequest;
}

export type TrainingClient = ReturnType<typeof createTrainingClient>;

/** Why training paused itself when the graph was edited. */
export const EDIT_PAUSE_REASON = 'Training paused: the graph changed. Train starts a new run on the edited graph.';
/** Why training paused itself when only the session (settings, data, logged values) was edited. */
export const SESSION_PAUSE_REASON = 'Training paused: the session changed. Train starts a new run with the new settings and data.';

/** Whether only what does not change training differs between two documents: breakpoints and watches, image summaries, the sweep and its results, the weights kept in the document. */
function outsideTrainingEdit(a: GraphDocument, b: GraphDocument): boolean {
  return a.nodes === b.nodes && a.edges === b.edges && sameTraining(a.session, b.session) && a.meta === b.meta;
}

/** Sessions that train the same: the same object, or the same but for the sweep and the image summaries defined in them. */
function sameTraining(a: GraphDocument['session'], b: GraphDocument['session']): boolean {
  if (a === b) return true;
  if (!a || !b || (a.sweep === b.sweep && a.images === b.images)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('sweep');
  keys.delete('images');
  return [...keys].every((k) => a[k as keyof typeof a] === b[k as keyof typeof b]);
}

/** Starts the worker and keeps the store's run slice in step with it. */
export function createTrainingClient(store: FlowStore, options: TrainingClientOptions) {
  const frame = options.frame ?? ((cb: () => void) => requestAnimationFrame(() => cb()));
  const worker = options.worker();
  const post = (m: ToWorker) => worker.postMessage(m);
  worker.postMessage({ type: 'start', request: options.backend ?? {} });
  const s = () => store.getState();
  const setRun = (change: Parameters<ReturnType<FlowStore['getState']>['setRun']>[0]) => s().setRun(change);
  let reservoirs: RunReservoirs = createRunReservoirs();
  let loadedSettings: RunSettings | undefined;
  let nextRunId = 1;
  let queued: SummaryBatch[] = [];
  let frameScheduled = false;
  /**
   * After another document opens, what the worker still says about the last
   * one's run (its pause, a last batch) is dropped, or the new document would
   * show the old run's "step 440 / 10,001". The worker reports `loading` first
   * thing for the next load, after it has stopped the old run.
   */
  let stale = false;
  let nextRunRequest = 1;
  const pendingRuns = new Map<number, { resolve: (r: RunResult) => void; document: GraphDocument; trained: boolean }>();
  const pendingWeights = new Map<number, (r: WeightsResult | RestoreResult) => void>();
  const pendingPoke = new Map<number, (r: CellResult | PredictResult) => void>();
  /** Sends a poke request (a confusion cell, a drawn digit) and resolves with the worker's answer of the same id. */
  function askPoke<R extends CellResult | PredictResult>(message: (id: number) => ToWorker): Promise<R> {
    const id = nextRunRequest++;
    post(message(id));
    return new Promise((resolve) => pendingPoke.set(id, resolve as (r: CellResult | PredictResult) => void));
  }
  /** Sends a weights request and resolves with the worker's answer of the same id. */
  function askWeights<R extends WeightsResult | RestoreResult>(message: (id: number) => ToWorker): Promise<R> {
    const id = nextRunRequest++;
    post(message(id));
    return new Promise((resolve) => pendingWeights.set(id, resolve as (r: WeightsResult | RestoreResult) => void));
  }

  setRun({ status: 'starting' });

  worker.onmessage = ({ data: m }) => {
    if (stale) {
      if (m.type === 'status' && m.status === 'loading') stale = false;
      else if (m.type === 'batch' || m.type === 'status' || m.type === 'loaded' || m.type === 'failed') return;
    }
    switch (m.type) {
      case 'backend':
        // The worker is ready for a graph; a load may already be under way.
        return setRun({ backend: m.backend, ...(s().run.status === 'starting' ? { status: 'idle' as const } : {}) });
      case 'loaded':
        return setRun({ info: m.info, totalSteps: m.info.totalSteps, dataProgress: undefined });
      case 'dataProgress':
        return setRun({ dataProgress: m.progress });
      case 'status':
        return setRun({ status: m.status, step: m.step, phase: m.status === 'paused' ? m.phase : undefined });
      case 'ran': {
        const pending = pendingRuns.get(m.id);
        pendingRuns.delete(m.id);
        if (m.result.ok && pending) {
          const values = Object.fromEntries(m.result.values.map((v) => [v.nodeId, v]));
          setRun({ fetched: { document: pending.document, values, trained: pending.trained } });
        }
        return pending?.resolve(m.result);
      }
      case 'weights':
      case 'restored':
        pendingWeights.get(m.id)?.(m.result);
        pendingWeights.delete(m.id);
        return;
      case 'cell':
      case 'predicted':
        pendingPoke.get(m.id)?.(m.result);
        pendingPoke.delete(m.id);
        return;
      case 'failed':
        setRun({ failure: { message: m.message, nodeId: m.nodeId, step: m.step, nonFinite: m.nonFinite }, dataProgress: undefined });
        return s().setNotice({ kind: 'error', text: m.nonFinite ? `Training paused: ${m.message}` : `Training failed: ${m.message}` });
      case 'breakpoint': {
        const more = m.hit.others > 0 ? ` (and ${m.hit.others} more)` : '';
        setRun({ breakpoint: m.hit });
        return s().setNotice({ kind: 'info', text: `Training paused at a ${m.hit.message}${more}. Train resumes from step ${m.hit.step + 1}.` });
      }
      case 'watchesSkipped':
        return s().setNotice({ kind: 'info', text: `Not charted: ${m.reasons.join('; ')}.` });
      case 'batch':
        queued.push(m.batch);
        if (!frameScheduled) {
          frameScheduled = true;
          frame(drawFrame);
        }
    }
  };

  function drawFrame(): void {
    frameScheduled = false;
    const batches = queued;
    queued = [];
    const run = s().run;
    setRun(applyBatches(run, batches, reservoirs, () => newRecord(run.currentRun ?? 0)));
    post({ type: 'ack' });
  }

  function newRecord(id: number): RunRecord {
    const { file } = s();
    return { id, label: `${file.name} #${id} (seed ${loadedSettings?.seed ?? 0})`, color: runColor(id - 1), scalars: {}, logged: {} };
  }

  /** A fresh trainer on the current document: the next logs start a new run. */
  function beginRun(): void {
    const { document } = s();
    reservoirs = createRunReservoirs();
    // The document's session is the settings' one home: a changed setting is a changed document.
    loadedSettings = runSettingsOf(document);
    const id = nextRunId++;
    setRun({ trainedDocument: document, currentRun: id, histograms: {}, images: {}, nodeStats: undefined, boundary: undefined, watched: undefined, failure: undefined, breakpoint: undefined, pausedBecause: undefined, phase: undefined, step: 0, info: undefined, dataProgress: undefined, status: 'loading', fetched: undefined, confusion: undefined });
    post({ type: 'load', doc: document, settings: loadedSettings, datasetsBase: options.datasetsBase, memoryBudget: s().memoryBudget });
    post({ type: 'watch', nodeId: watchedNode() });
  }

  /** Whether Train or Step must load the graph first: none loaded, or the document (graph or session) changed. */
  function needsLoad(): boolean {
    const { document, run } = s();
    return run.trainedDocument !== document || run.status === 'idle' || run.status === 'starting' || run.status === 'failed';
  }

  function watchedNode(): string | undefined {
    const ids = s().selectedNodeIds;
    return ids.length === 1 ? ids[0] : undefined;
  }

  /** Why the graph cannot train, or undefined when it can. */
  function cannotTrain(): string | undefined {
    const { document } = s();
    const blocking = analysisOf(document).diagnostics.filter((d) => d.severity === 'error');
    // Inputs still to wire count as warnings in the status bar; they still stop a run, said as what they are.
    const errors = blocking.filter((d) => d.code !== DiagnosticCode.MissingInput);
    if (errors.length > 0) return `the graph has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0].message}`;
    if (blocking.length > 0) return `${blocking.length} input${blocking.length === 1 ? '' : 's'} still to wire: ${blocking[0].message}`;
    if (trainNodeOf(document) === undefined)
      return document.nodes.some((n) => n.op === 'Minimize') ? 'the graph has several Minimize nodes: pick the one to train in the Session panel' : 'the session has no train node: add a Minimize on the loss';
    return undefined;
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.generation !== previous.generation) {
      // Another document: the last one's summaries go, its runs stay for comparison.
      if (state.run.status === 'training') post({ type: 'pause' });
      if (state.run.status !== 'idle' && state.run.status !== 'starting') stale = true;
      // Batches received before the switch but not yet drawn are the old run's too; the frame
      // already asked for still acknowledges them, so the worker's flow control stays in step.
      queued = [];
      const status = state.run.status === 'starting' ? 'starting' : 'idle';
      setRun({ status, step: 0, totalSteps: 0, stepsPerSecond: 0, info: undefined, histograms: {}, images: {}, nodeStats: undefined, boundary: undefined, watched: undefined, failure: undefined, breakpoint: undefined, pausedBecause: undefined, phase: undefined, fetched: undefined });
    } else if (state.document !== previous.document && outsideTrainingEdit(previous.document, state.document)) {
      // Breakpoints, watches, image summaries, the sweep and its results, and the weights kept in the document are no part of the model: the run goes on, and Train still resumes it.
      if (state.run.trainedDocument === previous.document) {
        setRun({ trainedDocument: state.document });
        if (state.document.debug !== previous.document.debug) post({ type: 'debug', debug: state.document.debug });
        if (state.document.session?.images !== previous.document.session?.images) post({ type: 'images', images: state.document.session?.images });
      }
    } else if (state.document !== previous.document && state.run.trainedDocument === previous.document && state.run.status === 'training') {
      post({ type: 'pause' });
      const { nodes, edges, session } = previous.document;
      const sessionOnly = state.document.session !== session && state.document.nodes === nodes && state.document.edges === edges;
      const reason = sessionOnly ? SESSION_PAUSE_REASON : EDIT_PAUSE_REASON;
      setRun({ pausedBecause: reason });
      // After the edit's own notice handling, which clears the notice when an edit succeeds.
      queueMicrotask(() => s().setNotice({ kind: 'info', text: reason }));
    }
    if (state.selectedNodeIds !== previous.selectedNodeIds) post({ type: 'watch', nodeId: watchedNode() });
  });

  return {
    /** Trains until the end or a pause; loads the graph first when it changed (a new run). */
    train(): void {
      const why = cannotTrain();
      if (why) return s().setNotice({ kind: 'error', text: `Cannot train: ${why}` });
      if (needsLoad()) beginRun();
      setRun({ pausedBecause: undefined, failure: undefined, breakpoint: undefined, fetched: undefined });
      post({ type: 'train' });
    },
    pause(): void {
      post({ type: 'pause' });
    },
    /** One training step, or in step-through mode one phase of it. */
    step(phase?: StepPhase): void {
      const why = cannotTrain();
      if (why) return s().setNotice({ kind: 'error', text: `Cannot step: ${why}` });
      if (needsLoad()) beginRun();
      setRun({ fetched: undefined, breakpoint: undefined });
      post({ type: 'step', phase });
    },
    /**
     * One `sess.run(fetches, feed_dict)` of the current document: the typed
     * feeds override the bound data for this run only. It runs on the trained
     * variables while the graph is loaded for training, else on fresh ones
     * from the seed. The answer's values also go to the run slice's `fetched`.
     */
    run(fetches: string[], feeds: Record<string, NestedNumbers>): Promise<RunResult> {
      const { document, run } = s();
      if (run.status === 'failed' && run.backend === undefined) return Promise.resolve({ ok: false, message: run.failure?.message ?? 'the training worker did not start', nodeId: undefined });
      const trained = run.trainedDocument === document && (['ready', 'training', 'paused', 'finished'] as const).some((st) => st === run.status);
      const id = nextRunRequest++;
      post({ type: 'run', id, request: { doc: document, fetches, feeds, seed: runSettingsOf(document).seed, trained, datasetsBase: options.datasetsBase, memoryBudget: s().memoryBudget } });
      return new Promise((resolve) => pendingRuns.set(id, { resolve, document, trained }));
    },
    /** The trained Variables, optimizer slots and step of the loaded run, to save as a checkpoint. */
    readWeights(): Promise<WeightsResult> {
      if (needsLoad()) return Promise.resolve({ ok: false, message: 'train the graph first: there are no trained weights to save' });
      return askWeights((id) => ({ type: 'readWeights', id }));
    },
    /**
     * Loads a checkpoint into a run of the current document (starting one
     * when needed): Train continues from its step, Run uses its values.
     * Refused, with nothing changed, when it is from another graph.
     */
    restoreWeights(checkpoint: LoadedCheckpoint): Promise<RestoreResult> {
      const why = cannotTrain();
      if (why) return Promise.resolve({ ok: false, message: `weights load into a graph that trains, and ${why}` });
      if (s().run.status === 'training') post({ type: 'pause' });
      if (needsLoad()) beginRun();
      return askWeights((id) => ({ type: 'restoreWeights', id, checkpoint }));
    },
    /** An MNIST classifier's test digits in one cell of its confusion matrix (true class, predicted class). */
    confusionCell(trueClass: number, predicted: number): Promise<CellResult> {
      if (needsLoad()) return Promise.resolve({ ok: false, message: 'train the graph first: its test digits have not been scored' });
      return askPoke((id) => ({ type: 'confusionCell', id, trueClass, predicted }));
    },
    /** Shows every node's value and gradient for one test digit (undefined: the training batch's again); only between runs. */
    pickExample(index: number | undefined): void {
      if (!needsLoad() && s().run.status !== 'training') post({ type: 'example', index });
    },
    /** A drawn digit's class probabilities (784 grey values, 0 paper to 1 ink) on the trained variables. */
    predict(pixels: Float32Array): Promise<PredictResult> {
      if (needsLoad()) return Promise.resolve({ ok: false, message: 'train the graph first: an untrained model only guesses' });
      return askPoke((id) => ({ type: 'predict', id, pixels }));
    },
    /** Re-initialises the variables with the seed: a new run. */
    reset(): void {
      if (cannotTrain()) return;
      beginRun();
    },
    /** Forgets every run but the current one. */
    clearRuns(): void {
      setRun({ runs: s().run.runs.filter((r) => r.id === s().run.currentRun) });
    },
    /** Whether Train would start a new run (the graph or its session changed). */
    startsNewRun: needsLoad,
    dispose(): void {
      unsubscribe();
      worker.terminate();
    },
  };
}
