/**
 * Runs the document's sweep in the app: one training worker of its own
 * (so the Train run and its views stay as they are), each run loaded and
 * trained to its end, one after another. Progress and the runs so far go to
 * the store's sweep slice once per frame; when the last run ends, or Stop,
 * the ended runs are written into the document's `sweepResults` (one undo
 * step). Opening another document stops the sweep and drops it.
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
  frame?: (callback: () => void) => void;
  now?: () => number;
}

export type SweepClient = ReturnType<typeof createSweepClient>;

interface Active {
  worker: WorkerLike;
  sweep: SweepDefinition;
  runs: SweepRun[];
  ended: SweptRun[];
  current: ReturnType<typeof sweptRunBuilder>;
  /** The run finished or stopped: the batch that follows is its last. */
  ending: string | undefined | false;
  /** Why the worker failed (load, data), from its `failed` message. */
  failure: string | undefined;
  /** The current run's step, shown at the next frame. */
  step: number;
}

/** The sweep runner bound to one store. */
export function createSweepClient(store: FlowStore, options: SweepClientOptions) {
  const frame = options.frame ?? ((cb: () => void) => requestAnimationFrame(() => cb()));
  const now = options.now ?? Date.now;
  const s = () => store.getState();
  let active: Active | undefined;
  let frameScheduled = false;

  function show(): void {
    if (frameScheduled) return;
    frameScheduled = true;
    frame(() => {
      frameScheduled = false;
      if (active) s().setSweepProgress({ runs: [...active.ended, active.current.snapshot()], done: active.ended.length, step: active.step });
    });
  }

  function loadRun(a: Active): void {
    const run = a.runs[a.ended.length];
    a.current = sweptRunBuilder(run.setting.label, run.seed);
    a.ending = false;
    a.failure = undefined;
    a.step = 0;
    s().setSweepProgress({ current: { setting: run.setting.label, seed: run.seed }, step: 0 });
    // Breakpoints would pause a run nobody watches; the last sweep's results are no part of training.
    const { debug: _debug, sweepResults: _results, ...doc } = run.setting.document;
    a.worker.postMessage({ type: 'load', doc, settings: { ...runSettingsOf(doc), seed: run.seed }, datasetsBase: options.datasetsBase, memoryBudget: s().memoryBudget });
    a.worker.postMessage({ type: 'train' });
  }

  function onMessage(a: Active, m: FromWorker): void {
    if (active !== a) return;
    switch (m.type) {
      case 'failed':
        a.failure = m.nonFinite ? `step ${m.step ?? '?'}: ${m.message.split(',')[0]}` : m.message;
        return;
      case 'status':
        if (m.status === 'finished' || m.status === 'paused') a.ending = m.status === 'paused' ? (a.failure ?? 'paused') : undefined;
        if (m.status === 'failed') {
          const run = a.runs[a.ended.length];
          finish(`Sweep stopped: run ${a.ended.length + 1} (${run.setting.label}, seed ${run.seed}) could not train: ${a.failure ?? m.message ?? 'the worker failed'}`);
        }
        return;
      case 'loaded':
        return s().setSweepProgress({ totalSteps: m.info.totalSteps });
      case 'batch':
        a.worker.postMessage({ type: 'ack' });
        if (m.batch.scalars) a.current.add(m.batch.scalars);
        a.step = m.batch.step;
        if (a.ending !== false) {
          a.ended.push(downsampleRun(a.current.snapshot(a.ending)));
          if (a.ended.length === a.runs.length) return finish(`Sweep done: ${a.runs.length} runs in ${Math.round((now() - s().sweepProgress.startedAt) / 1000)} s.`);
          loadRun(a);
        }
        return show();
    }
  }

  /** Ends the sweep: the worker goes, the ended runs go into the document (when there are any). */
  function finish(text: string | undefined): void {
    const a = active;
    if (!a) return;
    active = undefined;
    a.worker.terminate();
    s().setSweepProgress(idleSweep());
    if (a.ended.length > 0) s().apply(recordSweepResults, { sweep: a.sweep, runs: a.ended });
    if (text) s().setNotice({ kind: a.ended.length === a.runs.length ? 'info' : 'error', text });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.generation !== previous.generation && active) {
      // Another document: this sweep's runs belong to the one that was open.
      active.worker.terminate();
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
      const worker = options.worker();
      const a: Active = { worker, sweep, runs: expanded.runs, ended: [], current: sweptRunBuilder('', 0), ending: false, failure: undefined, step: 0 };
      active = a;
      worker.onmessage = ({ data }) => onMessage(a, data);
      worker.postMessage({ type: 'start', request: options.backend ?? {} });
      s().setSweepProgress({ ...idleSweep(), status: 'running', sweep, total: expanded.runs.length, startedAt: now() });
      loadRun(a);
      return undefined;
    },
    /** Stops after nothing more: the current run is dropped, the ended ones are kept. */
    stop(): void {
      const a = active;
      if (a) finish(`Sweep stopped after ${a.ended.length} of ${a.runs.length} runs; the ended runs are kept.`);
    },
    dispose(): void {
      unsubscribe();
      active?.worker.terminate();
      active = undefined;
    },
  };
}
