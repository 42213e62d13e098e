import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { FromWorker, RunSettings, SummaryBatch } from '../training/protocol.ts';
import { histogramStride } from './histogramStride.ts';
import { TrainingHost } from './trainingHost.ts';
import { until } from '../../test/until.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;
// Seed 2 learns XOR within 3,000 steps under TensorFlow's random numbers (`flowboard train samples/xor-nn.flow.json --seed 2 --steps 3000`: accuracy 1 from step 2,200); seed 5 is one that stays stuck.
const SEED = 2;
const settings = (over: Partial<RunSettings> = {}): RunSettings => ({ mode: 'steps', count: 3000, batchSize: undefined, seed: SEED, logEvery: 100, ...over });

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let host: TrainingHost | undefined;
afterEach(async () => {
  await host?.dispose();
  host = undefined;
});

/** A host whose messages are recorded; every batch is acknowledged at once, as a UI drawing instantly would. */
function recordingHost() {
  const messages: FromWorker[] = [];
  const transfers: Transferable[][] = [];
  const h: TrainingHost = new TrainingHost({
    backend: 'cpu',
    dataContext: () => ({}),
    post(message, transfer) {
      messages.push(message);
      transfers.push(transfer);
      if (message.type === 'batch') queueMicrotask(() => void h.handle({ type: 'ack' }));
    },
  });
  host = h;
  return { host: h, messages, transfers, batches: () => messages.filter((m): m is { type: 'batch'; batch: SummaryBatch } => m.type === 'batch').map((m) => m.batch) };
}

describe('TrainingHost', () => {
  it("sends the session's image summaries at histogram steps, on that step's feeds", async () => {
    const doc = sample('xor-nn');
    doc.nodes.push({ id: 'img', op: 'Reshape', name: 'x_image', attrs: { shape: [-1, 1, 2, 1] }, position: { x: 0, y: 0 } });
    doc.edges.push({ id: 'eimg', source: 'n01', sourceOutput: 'value', target: 'img', targetInput: 'x' });
    doc.session = { ...doc.session!, images: [{ node: 'img', label: 'input', maxOutputs: 4 }] };
    const { host, batches } = recordingHost();
    await host.handle({ type: 'load', doc, settings: settings({ count: 300 }), datasetsBase: '' });
    await host.handle({ type: 'train' });
    await until(() => batches().some((b) => b.images?.some((e) => e.step === 299)));
    const images = batches().flatMap((b) => b.images ?? []);
    expect(images.map((e) => e.step)).toEqual([0, 100, 200, 299]);
    // The four XOR inputs as 1x2 grayscale images: 0 black, 1 white.
    expect(images[0]).toMatchObject({ tag: 'input', nodeId: 'img', count: 4, height: 1, width: 2, channels: 1 });
    expect([...images[0].pixels]).toEqual([0, 0, 0, 255, 255, 0, 255, 255]);
    // Changed image summaries replace the loaded ones: the next capture (here the reset's step 0) draws them.
    await host.handle({ type: 'images', images: [{ node: 'img', label: 'two', maxOutputs: 2 }] });
    await host.handle({ type: 'reset', settings: settings({ count: 300 }) });
    const fresh = batches().at(-1)!.images!;
    expect(fresh.map((e) => [e.tag, e.count])).toEqual([['two', 2]]);
  });

  it('loads xor-nn, sends the untrained state, trains to accuracy 1 and finishes', async () => {
    const { host, messages, batches, transfers } = recordingHost();
    await host.handle({ type: 'load', doc: sample('xor-nn'), settings: settings(), datasetsBase: '' });
    const loaded = messages.find((m) => m.type === 'loaded');
    expect(loaded?.type === 'loaded' && loaded.info).toMatchObject({ totalSteps: 3000, logEvery: 100, tags: ['cost', 'accuracy'], boundaryUnavailable: undefined });
    const first = batches()[0];
    expect(first.step).toBe(0);
    expect(first.boundary?.values.length).toBe(50 * 50);
    expect(Array.from(first.boundary!.points)).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0]);
    expect(first.histograms.map((h) => h.tag).sort()).toEqual(['W1', 'W1 (gradient)', 'W2', 'W2 (gradient)', 'b1', 'b1 (gradient)', 'b2', 'b2 (gradient)']);
    await host.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'finished'));
    const rows = batches().flatMap((b) => (b.scalars ? Array.from(b.scalars.steps) : []));
    expect(rows).toEqual(Array.from({ length: 30 }, (_, i) => i * 100).concat(2999));
    const last = batches().filter((b) => b.scalars).at(-1)!.scalars!;
    const accuracy = last.values[(last.steps.length - 1) * 2 + 1];
    expect(accuracy).toBe(1);
    // Histograms at every log step and the last, each step once, on any machine's speed.
    const histogramSteps = batches().flatMap((b) => b.histograms.filter((h) => h.tag === 'W1').map((h) => h.step));
    expect(histogramSteps).toEqual(Array.from({ length: 30 }, (_, i) => i * 100).concat(2999));
    // Every typed array crossed as a transfer, not a copy.
    expect(transfers.flat().length).toBeGreaterThan(30 * 3);
  });

  it('pauses on command and resumes where it stopped', async () => {
    const { host, messages } = recordingHost();
    await host.handle({ type: 'load', doc: sample('xor-nn'), settings: settings({ count: 200_000 }), datasetsBase: '' });
    await host.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'training'));
    await new Promise((r) => setTimeout(r, 100));
    await host.handle({ type: 'pause' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'paused'));
    const paused = messages.findLast((m) => m.type === 'status' && m.status === 'paused') as { step: number };
    expect(paused.step).toBeGreaterThan(0);
    expect(paused.step).toBeLessThan(200_000);
    await host.handle({ type: 'step' });
    const stepped = messages.findLast((m) => m.type === 'status') as { status: string; step: number };
    expect(stepped).toMatchObject({ status: 'paused', step: paused.step + 1 });
  });

  it('reports a value that stops being finite, naming the node, and pauses', async () => {
    const { host, messages } = recordingHost();
    const doc = sample('xor-nn');
    const train = doc.nodes.find((n) => n.op === 'Minimize')!;
    train.attrs = { ...train.attrs, learningRate: 1e6 };
    await host.handle({ type: 'load', doc, settings: settings({ count: 2000, logEvery: 1 }), datasetsBase: '' });
    await host.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'failed'));
    const failed = messages.find((m) => m.type === 'failed') as Extract<FromWorker, { type: 'failed' }>;
    expect(failed.nonFinite).toBe(true);
    expect(doc.nodes.map((n) => n.id)).toContain(failed.nodeId);
    expect(failed.message).toMatch(/not a finite number/);
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'paused'));
  });

  it('watches a node: nothing is computed after a reset; a step shows its value and gradient at the step the counter says', async () => {
    const { host, batches, messages } = recordingHost();
    await host.handle({ type: 'load', doc: sample('xor-nn'), settings: settings(), datasetsBase: '' });
    await host.handle({ type: 'watch', nodeId: 'n07' });
    expect(batches().at(-1)!.watched).toMatchObject({ nodeId: 'n07', step: 0, value: undefined, gradient: undefined });
    await host.handle({ type: 'step' });
    const watched = batches().at(-1)!.watched!;
    expect(watched.step).toBe(1);
    expect(watched.value?.shape).toEqual([4, 2]);
    expect(watched.gradient?.shape).toEqual([4, 2]);
    expect(messages.findLast((m) => m.type === 'status')).toMatchObject({ status: 'paused', step: 1 });
    expect(batches().at(-1)!.nodeStats).toMatchObject({ step: 1, shows: 'step' });
  });

  it('steps through one step a pass at a time, showing only what each pass computed', async () => {
    const { host, batches, messages } = recordingHost();
    const doc = sample('xor-nn');
    const op = (id: string) => doc.nodes.find((n) => n.id === id)?.op;
    const latest = () => batches().filter((b) => b.nodeStats).at(-1)!.nodeStats!;
    const variables = ['n03', 'n05', 'n08', 'n10'];
    await host.handle({ type: 'load', doc, settings: settings(), datasetsBase: '' });
    expect(latest()).toMatchObject({ step: 0, shows: 'initial', ids: variables, changes: undefined });

    await host.handle({ type: 'step', phase: 'forward' });
    expect(messages.at(-2)).toMatchObject({ type: 'status', status: 'paused', step: 0, phase: 'forward' });
    const forward = latest();
    expect(forward).toMatchObject({ step: 0, shows: 'forward' });
    expect(forward.ids).toEqual(expect.arrayContaining(['n12', 'n23', 'n29', ...variables]));
    // No gradient node: every id is a node of the document as drawn.
    expect(forward.ids.every((id) => op(id) !== undefined)).toBe(true);

    await host.handle({ type: 'step', phase: 'backward' });
    const backward = latest();
    expect(backward).toMatchObject({ step: 0, shows: 'backward' });
    expect(backward.ids.filter((id) => op(id) === undefined).length).toBeGreaterThan(10);

    await host.handle({ type: 'step', phase: 'update' });
    expect(messages.findLast((m) => m.type === 'status')).toMatchObject({ status: 'paused', step: 1, phase: 'update' });
    const update = latest();
    expect(update).toMatchObject({ step: 1, shows: 'update', ids: variables });
    expect(update.changes!.map((c) => c.id).sort()).toEqual(variables);
    for (const c of update.changes!) {
      expect(c.deltaNorm).toBeGreaterThan(0);
      expect(c.updateNode).toMatch(/update/);
      expect(c.after).not.toBe(c.before);
    }
  });

  it('answers Run on the trained variables when asked, else on fresh ones from the seed', async () => {
    const { host, messages } = recordingHost();
    const doc = sample('xor-nn');
    await host.handle({ type: 'load', doc, settings: settings(), datasetsBase: '' });
    await host.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'finished'));
    const ran = async (id: number, trained: boolean) => {
      await host.handle({ type: 'run', id, request: { doc, fetches: ['n12'], feeds: {}, seed: SEED, trained, datasetsBase: '' } });
      const m = messages.find((x) => x.type === 'ran' && x.id === id) as Extract<FromWorker, { type: 'ran' }>;
      if (!m.result.ok) throw new Error(m.result.message);
      return Array.from(m.result.values[0].values).map((v) => Math.round(v));
    };
    expect(await ran(1, true)).toEqual([0, 1, 1, 0]);
    expect(await ran(2, false)).not.toEqual([0, 1, 1, 0]);
  });

  it('says why a graph has no decision boundary', async () => {
    const { host, messages } = recordingHost();
    await host.handle({ type: 'load', doc: sample('linear-regression'), settings: settings(), datasetsBase: '' });
    const loaded = messages.find((m) => m.type === 'loaded') as Extract<FromWorker, { type: 'loaded' }>;
    expect(loaded.info.boundaryUnavailable).toBeTypeOf('string');
  });
});

describe('histogramStride', () => {
  it('is the log interval until a run would log more than a reservoir of histograms, then a multiple of it', () => {
    expect(histogramStride({ totalSteps: 10001, logEvery: 100 })).toBe(100);
    expect(histogramStride({ totalSteps: 10001, logEvery: 1 })).toBe(21);
    expect(histogramStride({ totalSteps: 9000, logEvery: 10 })).toBe(20);
    expect(histogramStride({ totalSteps: 50, logEvery: 0 })).toBe(1);
  });
});
