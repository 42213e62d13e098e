import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { GraphDocument } from '../../core/graph/document.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import type { FromWorker, StartWorker, ToWorker } from './protocol.ts';
import { createTrainingClient, type WorkerLike } from './trainingClient.ts';

const mnist = JSON.parse(readFileSync(new URL('../../samples/mnist-softmax.flow.json', import.meta.url), 'utf8')) as GraphDocument;

function setup() {
  const store = createFlowStore();
  store.getState().openDocument(mnist, { name: 'mnist-softmax', origin: 'sample' });
  const sent: (StartWorker | ToWorker)[] = [];
  const frames: (() => void)[] = [];
  const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => undefined };
  const client = createTrainingClient(store, { worker: () => worker, datasetsBase: '/datasets/', frame: (cb) => frames.push(cb) });
  const receive = (m: FromWorker) => worker.onmessage!({ data: m } as MessageEvent<FromWorker>);
  return { store, sent, frames, client, receive };
}

const confusion = { step: 60, classes: 10, counts: new Int32Array(100).fill(100), total: 10000 };

describe('training client, MNIST you can poke', () => {
  it('refuses cells and drawn digits before training, without asking the worker', async () => {
    const { sent, client } = setup();
    await expect(client.confusionCell(4, 9)).resolves.toMatchObject({ ok: false });
    await expect(client.predict(new Float32Array(784))).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/^train the graph first/) });
    client.pickExample(3);
    expect(sent.map((m) => m.type)).toEqual(['start']);
  });

  it('keeps the latest confusion matrix, answers a cell by id, and picks a digit only between runs', async () => {
    const { store, sent, frames, client, receive } = setup();
    client.train();
    receive({ type: 'status', status: 'training', step: 20 });
    receive({ type: 'batch', batch: { step: 60, totalSteps: 60, stepsPerSecond: 50, scalars: undefined, histograms: [], nodeStats: undefined, boundary: undefined, watched: undefined, confusion } });
    frames.shift()!();
    expect(store.getState().run.confusion).toBe(confusion);
    client.pickExample(3);
    expect(sent.some((m) => m.type === 'example')).toBe(false);
    receive({ type: 'status', status: 'finished', step: 60 });
    client.pickExample(3);
    expect(sent.at(-1)).toEqual({ type: 'example', index: 3 });

    const answer = client.confusionCell(4, 9);
    const asked = sent.at(-1) as Extract<ToWorker, { type: 'confusionCell' }>;
    expect(asked).toMatchObject({ type: 'confusionCell', trueClass: 4, predicted: 9 });
    receive({ type: 'cell', id: asked.id, result: { ok: true, trueClass: 4, predicted: 9, count: 0, digits: [] } });
    await expect(answer).resolves.toEqual({ ok: true, trueClass: 4, predicted: 9, count: 0, digits: [] });

    // A new run starts without the last one's matrix.
    client.reset();
    expect(store.getState().run.confusion).toBeUndefined();
  });
});
