import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { GraphDocument } from '../../core/graph/document.ts';
import { setDocumentWeights } from '../store/commands/documentWeights.ts';
import { addBreakpoint } from '../store/commands/breakpoints.ts';
import { addImageSummary } from '../store/commands/imageSummaries.ts';
import { setRunSettings } from '../store/commands/setRunSettings.ts';
import { setSweep } from '../store/commands/setSweep.ts';
import { recordSweepResults } from '../store/commands/sweepResults.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import type { FromWorker, StartWorker, ToWorker } from './protocol.ts';
import { createTrainingClient, EDIT_PAUSE_REASON, SESSION_PAUSE_REASON, type WorkerLike } from './trainingClient.ts';

const xor = JSON.parse(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')) as GraphDocument;

function setup() {
  const store = createFlowStore();
  store.getState().openDocument(xor, { name: 'xor-nn', origin: 'sample' });
  const sent: (StartWorker | ToWorker)[] = [];
  const frames: (() => void)[] = [];
  const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => undefined };
  const client = createTrainingClient(store, { worker: () => worker, datasetsBase: '/datasets/', frame: (cb) => frames.push(cb) });
  const receive = (m: FromWorker) => worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
  return { store, sent, frames, client, receive };
}

const batch = (step: number) => ({
  step,
  totalSteps: 10001,
  stepsPerSecond: 500,
  scalars: { tags: ['cost'], steps: Float64Array.of(step), wallTimes: Float64Array.of(1), values: Float64Array.of(0.5) },
  histograms: [],
  nodeStats: undefined,
  boundary: undefined,
  watched: undefined,
});

describe('training client', () => {
  it('loads the graph with the settings of its document session', () => {
    const { sent, client } = setup();
    client.train();
    expect(sent[1]).toMatchObject({ type: 'load', settings: { mode: 'steps', count: 10001, batchSize: undefined, seed: 777, logEvery: 100 } });
  });

  it('starts a new run with the new settings after the session was edited, saying the session changed', async () => {
    const { store, sent, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 10 });
    store.getState().apply(setRunSettings, { seed: 9 });
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    expect(store.getState().run.pausedBecause).toBe(SESSION_PAUSE_REASON);
    expect(client.startsNewRun()).toBe(true);
    client.train();
    expect(sent.slice(-3).map((m) => m.type)).toEqual(['load', 'watch', 'train']);
    expect(sent.at(-3)).toMatchObject({ type: 'load', settings: { seed: 9 } });
  });

  it('keeps a run going when only the sweep or its results change', () => {
    const { store, sent, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 10 });
    const count = sent.length;
    store.getState().apply(setSweep, { axes: [{ target: 'train.optimizer', values: ['Adam'] }], seeds: 2 });
    store.getState().apply(recordSweepResults, { sweep: { axes: [{ target: 'train.optimizer', values: ['Adam'] }], seeds: 1 }, runs: [] });
    expect(sent).toHaveLength(count);
    expect(store.getState().run.pausedBecause).toBeUndefined();
    expect(client.startsNewRun()).toBe(false);
  });

  it('keeps a run going when only breakpoints change, sends them to the worker, and shows a breakpoint that fired', () => {
    const { store, sent, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 10 });
    const node = store.getState().document.nodes[0].id;
    store.getState().apply(addBreakpoint, { nodeId: node, condition: { kind: 'step', step: 50 } });
    expect(sent.at(-1)).toEqual({ type: 'debug', debug: store.getState().document.debug });
    expect(store.getState().run.pausedBecause).toBeUndefined();
    expect(client.startsNewRun()).toBe(false);
    receive({ type: 'breakpoint', hit: { breakpointId: 'bp1', nodeId: node, step: 49, message: 'breakpoint on "X": reached step 50', others: 0 } });
    receive({ type: 'status', status: 'paused', step: 50 });
    expect(store.getState().run.breakpoint?.nodeId).toBe(node);
    expect(store.getState().notice?.text).toBe('Training paused at a breakpoint on "X": reached step 50. Train resumes from step 50.');
    // Undo is a breakpoint edit too: still the same run, and Train resumes it.
    store.temporal.getState().undo();
    expect(sent.at(-1)).toEqual({ type: 'debug', debug: undefined });
    client.train();
    expect(sent.at(-1)).toEqual({ type: 'train' });
    expect(store.getState().run.breakpoint).toBeUndefined();
  });

  it('keeps a run going when only image summaries change, sending them to the worker', () => {
    const { store, sent, client, receive } = setup();
    const doc = structuredClone(xor);
    doc.nodes.push({ id: 'img', op: 'Reshape', name: 'x_image', attrs: { shape: [-1, 1, 2, 1] }, position: { x: 0, y: 0 } });
    doc.edges.push({ id: 'eimg', source: 'n01', sourceOutput: 'value', target: 'img', targetInput: 'x' });
    store.getState().openDocument(doc, { name: 'xor-img', origin: 'sample' });
    client.train();
    receive({ type: 'status', status: 'training', step: 10 });
    store.getState().apply(addImageSummary, { nodeId: 'img' });
    expect(sent.at(-1)).toEqual({ type: 'images', images: [{ node: 'img', maxOutputs: 3 }] });
    expect(store.getState().run.pausedBecause).toBeUndefined();
    expect(client.startsNewRun()).toBe(false);
  });

  it('keeps a run when only the weights kept in the document change (File > Save with trained weights), sending nothing', () => {
    const { store, sent, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'paused', step: 10 });
    const before = sent.length;
    store.getState().apply(setDocumentWeights, { weights: { format: 'flowboard.weights', version: 1, encoding: 'base64-float32-le', graph: { title: 't', fingerprint: 'f' }, step: 10, variables: [] } });
    expect(sent.length).toBe(before);
    expect(client.startsNewRun()).toBe(false);
  });

  it('starts the backend first, loads the graph on the first Train, then trains', () => {
    const { sent, client } = setup();
    expect(sent).toEqual([{ type: 'start', request: {} }]);
    client.train();
    expect(sent.map((m) => m.type)).toEqual(['start', 'load', 'watch', 'train']);
    client.pause();
    client.train();
    expect(sent.map((m) => m.type).slice(4)).toEqual(['pause', 'train']);
  });

  it("passes the page's backend request on to the worker", () => {
    const sent: (StartWorker | ToWorker)[] = [];
    const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => undefined };
    createTrainingClient(createFlowStore(), { worker: () => worker, datasetsBase: '/datasets/', backend: { backend: 'webgl', threads: 3 } });
    expect(sent).toEqual([{ type: 'start', request: { backend: 'webgl', threads: 3 } }]);
  });

  it('draws batches once per frame, then acknowledges', () => {
    const { store, sent, frames, client, receive } = setup();
    client.train();
    receive({ type: 'batch', batch: batch(0) });
    receive({ type: 'batch', batch: batch(100) });
    expect(frames).toHaveLength(1);
    expect(sent.filter((m) => m.type === 'ack')).toHaveLength(0);
    frames[0]();
    expect(sent.filter((m) => m.type === 'ack')).toHaveLength(1);
    const [run] = store.getState().run.runs;
    expect(run.scalars.cost.map((p) => p.step)).toEqual([0, 100]);
    expect(run.label).toBe('xor-nn #1 (seed 777)');
  });

  it('pauses and says so when the graph is edited while training; the next Train is a new run', async () => {
    const { store, sent, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 10 });
    store.getState().apply((doc: GraphDocument) => ({ ok: true, doc: { ...doc, meta: { ...doc.meta, title: 'edited' } }, value: undefined }), undefined);
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    expect(store.getState().run.pausedBecause).toBe(EDIT_PAUSE_REASON);
    await Promise.resolve();
    expect(store.getState().notice?.text).toBe(EDIT_PAUSE_REASON);
    client.train();
    expect(sent.slice(-3).map((m) => m.type)).toEqual(['load', 'watch', 'train']);
    expect(store.getState().run.currentRun).toBe(2);
  });

  it('watches the selected node', () => {
    const { store, sent } = setup();
    store.getState().select(['n07']);
    expect(sent.at(-1)).toEqual({ type: 'watch', nodeId: 'n07' });
  });

  it('shows a non-finite value as a failure naming the node', () => {
    const { store, receive } = setup();
    receive({ type: 'failed', message: 'Log "log_h" produced -Infinity', nodeId: 'n13', step: 40, nonFinite: true });
    expect(store.getState().run.failure).toMatchObject({ nodeId: 'n13', nonFinite: true });
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'Training paused: Log "log_h" produced -Infinity' });
  });

  it('opening another document clears the last one\'s summaries but keeps its runs', () => {
    const { store, client, receive, frames, sent } = setup();
    client.train();
    receive({ type: 'batch', batch: batch(0) });
    frames[0]();
    receive({ type: 'status', status: 'finished', step: 10001 });
    store.getState().openDocument({ ...xor, session: { ...xor.session!, seed: 9 } }, { name: 'other', origin: 'sample' });
    expect(store.getState().run).toMatchObject({ status: 'idle', step: 0, totalSteps: 0, nodeStats: undefined });
    client.train();
    expect(sent.at(-3)).toMatchObject({ type: 'load', settings: { seed: 9 } });
    expect(store.getState().run.runs).toHaveLength(1);
  });

  it("drops what the worker still says about the last document's run, until it starts loading the next", () => {
    const { store, client, receive, frames } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 0 });
    store.getState().openDocument({ ...xor, session: { ...xor.session!, seed: 9 } }, { name: 'other', origin: 'sample' });
    // The old run pauses and sends its last batch after the switch.
    receive({ type: 'status', status: 'paused', step: 440 });
    receive({ type: 'batch', batch: batch(440) });
    expect(frames).toHaveLength(0);
    expect(store.getState().run).toMatchObject({ status: 'idle', step: 0, totalSteps: 0 });
    // Train on the new document: its load's messages count again.
    client.train();
    receive({ type: 'status', status: 'loading', step: 0 });
    receive({ type: 'batch', batch: batch(0) });
    frames[0]();
    expect(store.getState().run).toMatchObject({ status: 'loading', step: 0, totalSteps: 10001 });
  });

  it('drops a batch that arrived before the switch but waits for its frame', () => {
    const { store, client, receive, frames } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 0 });
    receive({ type: 'batch', batch: batch(301) });
    expect(frames).toHaveLength(1);
    store.getState().openDocument({ ...xor, session: { ...xor.session!, seed: 9 } }, { name: 'other', origin: 'sample' });
    frames[0]();
    expect(store.getState().run).toMatchObject({ status: 'idle', step: 0, totalSteps: 0 });
  });

  it('runs the graph once: fresh variables before training, the answer resolves and its values reach the run slice', async () => {
    const { store, sent, client, receive } = setup();
    const answer = client.run(['n12'], { n01: [[0, 1]] });
    const request = sent.at(-1) as Extract<ToWorker, { type: 'run' }>;
    expect(request).toMatchObject({ type: 'run', request: { fetches: ['n12'], feeds: { n01: [[0, 1]] }, seed: 777, trained: false } });
    const value = { nodeId: 'n12', dtype: 'float32', shape: [1, 1], values: Float64Array.of(0.5) };
    receive({ type: 'ran', id: request.id, result: { ok: true, values: [value] } });
    await expect(answer).resolves.toEqual({ ok: true, values: [value] });
    expect(store.getState().run.fetched).toMatchObject({ document: store.getState().document, values: { n12: value }, trained: false });
    // Training computes other values: the fetched ones go.
    client.train();
    expect(store.getState().run.fetched).toBeUndefined();
  });
});
