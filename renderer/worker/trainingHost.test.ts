import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { FromWorker, RunSettings, SummaryBatch } from '../training/protocol.ts';
import { histogramStride, TrainingHost } from './trainingHost.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;
const settings = (over: Partial<RunSettings> = {}): RunSettings => ({ mode: 'steps', count: 3000, batchSize: undefined, seed: 5, logEvery: 100, ...over });

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

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('TrainingHost', () => {
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

  it('watches a node: its value and its gradient on the batch', async () => {
    const { host, batches } = recordingHost();
    await host.handle({ type: 'load', doc: sample('xor-nn'), settings: settings(), datasetsBase: '' });
    await host.handle({ type: 'watch', nodeId: 'n07' });
    const watched = batches().at(-1)!.watched!;
    expect(watched.nodeId).toBe('n07');
    expect(watched.value?.shape).toEqual([4, 2]);
    expect(watched.gradient?.shape).toEqual([4, 2]);
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
