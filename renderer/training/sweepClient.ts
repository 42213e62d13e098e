/**
 * Runs the document's sweep in the app, in training workers of its own (so
 * the Train run and its views stay as they are): one run per worker at a
 * time, each loaded and trained to its end, then the next. `workers` of them
 * at once where the machine has cores to spare (each single-threaded then),
 * else one after another. Progress and the runs so far go to the store's
 * sweep slice once per frame; when the last run ends, or Stop, the ended runs
 * are written into the document's `sweepResults` in the sweep's order (one
 * undo step). Opening another document stops the sweep and drops it.
 */
import { trainNodeOf } from '../../core/graph/trainNode.ts';
import { expandSweep, type SweepRun } from '../../core/sweep/expand.ts';
import { downsampleRun, type SweptRun } from '../../core/sweep/sweepResults.ts';
import type { SweepDefinition } from '../../core/sweep/sweep.ts';
import { analysisOf } from '../store/analysis.ts';
import { recordSweepResults } from '../store/commands/sweepResults.ts';
import type { FlowStore } from '../store/createFlowStore.ts';
import { idleSweep } from '../store/sweepSlice.ts';
import { runSettingsOf } from '../store/runSettings.ts';
import type { BackendRequest, FromWorker } from './protocol.ts';
import { sweptRunBuilder } from './sweptRunBuilder.ts';
import type { WorkerLike } from './trainingClient.ts';

export interface SweepClientOptions {
  worker: () => WorkerLike;
  datasetsBase: string;
  backend?: BackendRequest;
  /** Runs trained at once, one worker each (sweepWorkers.ts); 1 when absent. */
  workers?: number;
  frame?: (callback: () => void) => void;
  now?: () => number;
}

export type SweepClient = ReturnType<typeof createSweepClient>;

/** One worker and the run it trains. */
interface Lane {
  worker: WorkerLike;
  /** The run's index in the sweep. */
  index: number;
  current: ReturnType<typeof sweptRunBuilder>;
  /** The run finished or stopped: the batch that follows is its last. */
  ending: string | undefined | false;
  /** Why the worker failed (load, data), from its `failed` message. */
  failure: string | undefined;
  /** The run's step, shown at the next frame, and its length. */
  step: number;
  totalSteps: number;
}

interface Active {
  sweep: SweepDefinition;
  runs: SweepRun[];
  /** The next run to start. */
  next: number;
  ended: { index: number; run: SweptRun }[];
  lanes: Lane[];
}

/** The sweep runner bound to one store. */
export function createSweepClient(store: FlowStore, options: SweepClientOptions) {
  const frame = options.frame ?? ((cb: () => void) => requestAnimationFrame(() => cb()));
  const now = options.now ?? Date.now;
  const s = () => store.getState();
  let active: Active | undefined;
  let frameScheduled = false;

  const inOrder = (a: Active) => [...a.ended].sort((x, y) => x.index - y.index).map((e) => e.run);

  function show(): void {
    if (frameScheduled) return;
    frameScheduled = true;
    frame(() => {
      frameScheduled = false;
      const a = active;
      if (!a) return;
      const lanes = a.lanes.map((l) => ({ setting: a.runs[l.index].setting.label, seed: a.runs[l.index].seed, step: l.step, totalSteps: l.totalSteps }));
      s().setSweepProgress({ runs: [...inOrder(a), ...a.lanes.map((l) => l.current.snapshot())], done: a.ended.length, lanes });
    });
  }

  /** Starts the next run on `lane`, or retires the lane when every run has started. */
  function loadRun(a: Active, lane: Lane): void {
    if (a.next >= a.runs.length) {
      lane.worker.terminate();
      a.lanes = a.lanes.filter((l) => l !== lane);
      return show();
    }
    lane.index = a.next++;
    const run = a.runs[lane.index];
    Object.assign(lane, { current: sweptRunBuilder(run.setting.label, run.seed), ending: false, failure: undefined, step: 0, totalSteps: 0 });
    // Breakpoints would pause a run nobody watches; the last sweep's results are no part of training.
    const { debug: _debug, sweepResults: _results, ...doc } = run.setting.document;
    lane.worker.postMessage({ type: 'load', doc, settings: { ...runSettingsOf(doc), seed: run.seed }, datasetsBase: options.datasetsBase, memoryBudget: s().memoryBudget });
    lane.worker.postMessage({ type: 'train' });
    show();
  }

  function onMessage(a: Active, lane: Lane, m: FromWorker): void {
    if (active !== a || !a.lanes.includes(lane)) return;
    switch (m.type) {
      case 'failed':
        lane.failure = m.nonFinite ? `step ${m.step ?? '?'}: ${m.message.split(',')[0]}` : m.message;
        return;
      case 'status':
        if (m.status === 'finished' || m.status === 'paused') lane.ending = m.status === 'paused' ? (lane.failure ?? 'paused') : undefined;
        if (m.status === 'failed') {
          const run = a.runs[lane.index];
          finish(`Sweep stopped: run ${lane.index + 1} (${run.setting.label}, seed ${run.seed}) could not train: ${lane.failure ?? m.message ?? 'the worker failed'}`);
        }
        return;
      case 'loaded':
        lane.totalSteps = m.info.totalSteps;
        return show();
      case 'batch':
        lane.worker.postMessage({ type: 'ack' });
        if (m.batch.scalars) lane.current.add(m.batch.scalars);
        lane.step = m.batch.step;
        if (lane.ending !== false) {
          a.ended.push({ index: lane.index, run: downsampleRun(lane.current.snapshot(lane.ending)) });
          if (a.ended.length === a.runs.length) return finish(`Sweep done: ${a.runs.length} runs in ${Math.round((now() - s().sweepProgress.startedAt) / 1000)} s.`);
          loadRun(a, lane);
        }
        return show();
    }
  }

  /** Ends the sweep: the workers go, the ended runs go into the document (when there are any). */
  function finish(text: string | undefined): void {
    const a = active;
    if (!a) return;
    active = undefined;
    for (const lane of a.lanes) lane.worker.terminate();
    s().setSweepProgress(idleSweep());
    if (a.ended.length > 0) s().apply(recordSweepResults, { sweep: a.sweep, runs: inOrder(a) });
    if (text) s().setNotice({ kind: a.ended.length === a.runs.length ? 'info' : 'error', text });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.generation !== previous.generation && active) {
      // Another document: this sweep's runs belong to the one that was open.
      for (const lane of active.lanes) lane.worker.terminate();
      active = undefined;
      s().setSweepProgress(idleSweep());
    }
  });

  return {
    /** Starts the document's sweep; returns why it cannot (also shown as a notice). */
    start(): string | undefined {
      const refuse = (why: string) => {
        s().setNotice({ kind: 'error', text: `Cannot run the sweep: ${why}` });
        return why;
      };
      if (active) return refuse('one is running; stop it first');
      const doc = s().document;
      const sweep = doc.session?.sweep;
      if (!sweep) return refuse('define one in the Session panel first');
      const errors = analysisOf(doc).diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) return refuse(`the graph has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0].message}`);
      if (trainNodeOf(doc) === undefined) return refuse('the session has no train node: add a Minimize on the loss');
      const expanded = expandSweep(doc, sweep);
      if (!expanded.ok) return refuse(expanded.message);
      const workers = Math.max(1, Math.min(options.workers ?? 1, expanded.runs.length));
      // Side by side, each worker keeps to one thread: the cores are shared out between runs, not within one.
      const request = workers > 1 ? { ...options.backend, threads: 1 } : (options.backend ?? {});
      const a: Active = { sweep, runs: expanded.runs, next: 0, ended: [], lanes: [] };
      active = a;
      s().setSweepProgress({ ...idleSweep(), status: 'running', sweep, total: expanded.runs.length, parallel: workers, startedAt: now() });
      for (let i = 0; i < workers; i++) {
        const lane: Lane = { worker: options.worker(), index: 0, current: sweptRunBuilder('', 0), ending: false, failure: undefined, step: 0, totalSteps: 0 };
        a.lanes.push(lane);
        lane.worker.onmessage = ({ data }) => onMessage(a, lane, data);
        lane.worker.postMessage({ type: 'start', request });
        loadRun(a, lane);
      }
      return undefined;
    },
    /** Stops after nothing more: the runs training are dropped, the ended ones are kept. */
    stop(): void {
      const a = active;
      if (a) finish(`Sweep stopped after ${a.ended.length} of ${a.runs.length} runs; the ended runs are kept.`);
    },
    dispose(): void {
      unsubscribe();
      for (const lane of active?.lanes ?? []) lane.worker.terminate();
      active = undefined;
    },
  };
}
