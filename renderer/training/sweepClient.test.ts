import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { addBreakpoint } from '../store/commands/breakpoints.ts';
import { setSweep } from '../store/commands/setSweep.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import type { FromWorker, StartWorker, ToWorker } from './protocol.ts';
import { createSweepClient } from './sweepClient.ts';
import type { WorkerLike } from './trainingClient.ts';

const xor = JSON.parse(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')) as GraphDocument;

function setup(seeds = 2) {
  const store = createFlowStore();
  store.getState().openDocument(xor, { name: 'xor-nn', origin: 'sample' });
  store.getState().apply(setSweep, { axes: [{ target: 'train.optimizer', values: ['GradientDescent', 'Adam'] }], seeds });
  const sent: (StartWorker | ToWorker)[] = [];
  const frames: (() => void)[] = [];
  let terminated = 0;
  const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => void terminated++ };
  const client = createSweepClient(store, { worker: () => worker, datasetsBase: '/d/', frame: (cb) => frames.push(cb), now: () => 0 });
  const receive = (m: FromWorker) => worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
  const batch = (step: number, cost: number): FromWorker => ({
    type: 'batch',
    batch: { step, totalSteps: 20, stepsPerSecond: 1, scalars: { tags: ['cost'], steps: Float64Array.of(step), wallTimes: Float64Array.of(0), values: Float64Array.of(cost) }, histograms: [], nodeStats: undefined, boundary: undefined, watched: undefined },
  });
  /** One whole run: two logged points, the end, its last batch. */
  const trainRun = (cost: number) => {
    receive(batch(0, 1));
    receive({ type: 'status', status: 'finished', step: 20 });
    receive(batch(19, cost));
  };
  return { store, sent, frames, client, receive, trainRun, batch, terminated: () => terminated };
}

const loads = (sent: (StartWorker | ToWorker)[]) => sent.filter((m) => m.type === 'load');

describe('sweep client', () => {
  it('trains every setting and seed one after another, then keeps the runs in the document', () => {
    const { store, sent, client, trainRun, terminated } = setup();
    expect(client.start()).toBeUndefined();
    expect(store.getState().sweepProgress).toMatchObject({ status: 'running', total: 4, done: 0 });
    [0.5, 0.4, 0.1, 0.05].forEach(trainRun);
    const loaded = loads(sent).map((m) => m.type === 'load' && [m.doc.nodes.find((n) => n.name === 'train')!.attrs.optimizer, m.settings.seed]);
    expect(loaded).toEqual([['GradientDescent', 1], ['GradientDescent', 2], ['Adam', 1], ['Adam', 2]]);
    const results = store.getState().document.sweepResults!;
    expect(results.runs.map((r) => [r.setting, r.seed, r.values.cost])).toEqual([
      ['train.optimizer=GradientDescent', 1, [1, 0.5]], ['train.optimizer=GradientDescent', 2, [1, 0.4]],
      ['train.optimizer=Adam', 1, [1, 0.1]], ['train.optimizer=Adam', 2, [1, 0.05]],
    ]);
    expect(results.runs[0].steps).toEqual([0, 19]);
    expect(store.getState().sweepProgress.status).toBe('idle');
    expect(terminated()).toBe(1);
    // The variants are copies: the open graph still has its own optimizer.
    expect(store.getState().document.nodes.find((n) => n.name === 'train')!.attrs.optimizer).toBe('GradientDescent');
  });

  it('shows the current run growing, once per frame', () => {
    const { store, frames, client, receive, batch } = setup();
    client.start();
    receive(batch(0, 1));
    receive(batch(5, 0.9));
    expect(frames).toHaveLength(1);
    frames[0]();
    expect(store.getState().sweepProgress).toMatchObject({ parallel: 1, lanes: [{ step: 5, setting: 'train.optimizer=GradientDescent', seed: 1 }] });
    expect(store.getState().sweepProgress.runs[0].values.cost).toEqual([1, 0.9]);
  });

  it('Stop keeps the ended runs and drops the current one', () => {
    const { store, client, trainRun, receive, batch, terminated } = setup();
    client.start();
    trainRun(0.5);
    receive(batch(0, 1));
    client.stop();
    expect(store.getState().document.sweepResults!.runs).toHaveLength(1);
    expect(store.getState().notice?.text).toMatch(/stopped after 1 of 4 runs/);
    expect(terminated()).toBe(1);
  });

  it('counts a run that stops on a NaN, and stops the sweep when a run cannot load', () => {
    const { store, client, receive, batch } = setup(1);
    client.start();
    receive({ type: 'failed', message: 'cost became NaN at step 3, ...', nodeId: 'n1', step: 3, nonFinite: true });
    receive({ type: 'status', status: 'paused', step: 3 });
    receive(batch(3, NaN));
    receive({ type: 'failed', message: 'no such data', nodeId: undefined, step: undefined, nonFinite: false });
    receive({ type: 'status', status: 'failed', step: 0 });
    const runs = store.getState().document.sweepResults!.runs;
    expect(runs).toHaveLength(1);
    expect(runs[0].stopped).toBe('step 3: cost became NaN at step 3');
    expect(store.getState().notice?.text).toMatch(/run 2 \(train.optimizer=Adam, seed 1\) could not train: no such data/);
  });

  it('trains without the breakpoints and without the last sweep\'s results', () => {
    const { store, sent, client, trainRun } = setup(1);
    store.getState().apply(addBreakpoint, { nodeId: store.getState().document.nodes[0].id, condition: { kind: 'step', step: 5 } });
    client.start();
    [0.5, 0.1].forEach(trainRun);
    expect(store.getState().document.sweepResults).toBeDefined();
    client.start();
    const last = loads(sent).at(-1)!;
    expect(last.type === 'load' && [last.doc.debug, last.doc.sweepResults]).toEqual([undefined, undefined]);
  });

  it('refuses without a sweep, and drops a running one when another document opens', () => {
    const { store, client } = setup();
    store.getState().apply(setSweep, undefined);
    expect(client.start()).toMatch(/define one/);
    store.getState().apply(setSweep, { axes: [{ target: 'train.optimizer', values: ['Adam'] }], seeds: 1 });
    client.start();
    store.getState().openDocument(xor, { name: 'again', origin: 'sample' });
    expect(store.getState().sweepProgress.status).toBe('idle');
    expect(store.getState().document.sweepResults).toBeUndefined();
  });

  it('trains runs side by side in single-threaded workers, the next run in the first free one, and keeps them in the sweep\'s order', () => {
    const store = createFlowStore();
    store.getState().openDocument(xor, { name: 'xor-nn', origin: 'sample' });
    store.getState().apply(setSweep, { axes: [{ target: 'train.optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 2 });
    const workers: { sent: (StartWorker | ToWorker)[]; worker: WorkerLike; terminated: number }[] = [];
    const make = (): WorkerLike => {
      const w = { sent: [] as (StartWorker | ToWorker)[], worker: undefined as unknown as WorkerLike, terminated: 0 };
      w.worker = { postMessage: (m) => w.sent.push(m), onmessage: null, terminate: () => void w.terminated++ };
      workers.push(w);
      return w.worker;
    };
    const frames: (() => void)[] = [];
    const client = createSweepClient(store, { worker: make, datasetsBase: '/d/', backend: { threads: 4 }, workers: 3, frame: (cb) => frames.push(cb), now: () => 0 });
    client.start();
    expect(workers).toHaveLength(3);
    expect(workers.map((w) => w.sent[0])).toEqual(Array(3).fill({ type: 'start', request: { threads: 1 } }));
    const seedsOf = (w: (typeof workers)[number]) => loads(w.sent).map((m) => m.type === 'load' && m.settings.seed);
    const receive = (i: number, m: FromWorker) => workers[i].worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
    const end = (i: number, cost: number) => {
      receive(i, { type: 'loaded', info: { totalSteps: 20 } } as FromWorker);
      receive(i, { type: 'status', status: 'finished', step: 20 });
      receive(i, { type: 'batch', batch: { step: 19, totalSteps: 20, stepsPerSecond: 1, scalars: { tags: ['cost'], steps: Float64Array.of(19), wallTimes: Float64Array.of(0), values: Float64Array.of(cost) }, histograms: [], nodeStats: undefined, boundary: undefined, watched: undefined } });
    };
    frames.splice(0).forEach((f) => f());
    expect(store.getState().sweepProgress).toMatchObject({ parallel: 3, lanes: [{ seed: 1 }, { seed: 2 }, { seed: 1, setting: 'train.optimizer=Adam' }] });
    // The second worker ends first and takes the fourth run; the others then end with nothing left to start.
    end(1, 0.4);
    expect(seedsOf(workers[1])).toEqual([2, 2]);
    end(2, 0.1);
    expect(workers[2].terminated).toBe(1);
    end(0, 0.5);
    end(1, 0.05);
    const results = store.getState().document.sweepResults!;
    expect(results.runs.map((r) => [r.setting, r.seed, r.values.cost])).toEqual([
      ['train.optimizer=GradientDescent', 1, [0.5]], ['train.optimizer=GradientDescent', 2, [0.4]],
      ['train.optimizer=Adam', 1, [0.1]], ['train.optimizer=Adam', 2, [0.05]],
    ]);
    expect(workers.map((w) => w.terminated)).toEqual([1, 1, 1]);
    expect(store.getState().sweepProgress.status).toBe('idle');
  });

  it('uses one worker, with the page\'s backend request, for a sweep of one run', () => {
    const store = createFlowStore();
    store.getState().openDocument(xor, { name: 'xor-nn', origin: 'sample' });
    store.getState().apply(setSweep, { axes: [{ target: 'train.optimizer', values: ['Adam'] }], seeds: 1 });
    const sent: (StartWorker | ToWorker)[] = [];
    let made = 0;
    const client = createSweepClient(store, { worker: () => (made++, { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => undefined }), datasetsBase: '/d/', backend: { threads: 4 }, workers: 3, frame: () => undefined });
    client.start();
    expect([made, sent[0]]).toEqual([1, { type: 'start', request: { threads: 4 } }]);
  });
});
