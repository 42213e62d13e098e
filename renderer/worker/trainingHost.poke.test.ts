import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../../cli/datasets.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { CellResult, FromWorker, PredictResult, SummaryBatch } from '../training/protocol.ts';
import { TrainingHost } from './trainingHost.ts';
import { until } from '../../test/until.ts';

/** mnist-softmax training on the 5,000 validation images: the test split is what the confusion matrix counts. */
function mnistSoftmax(): GraphDocument {
  const doc = JSON.parse(readFileSync(new URL('../../samples/mnist-softmax.flow.json', import.meta.url), 'utf8')) as GraphDocument;
  const feeds = Object.fromEntries(Object.entries(doc.session!.feeds).map(([id, b]) => [id, { ...b, split: 'validation-5k' }])) as NonNullable<GraphDocument['session']>['feeds'];
  return { ...doc, session: { ...doc.session!, feeds } };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let host: TrainingHost | undefined;
afterEach(async () => {
  await host?.dispose();
  host = undefined;
});

function recordingHost() {
  const messages: FromWorker[] = [];
  const datasets = nodeDatasets();
  const h: TrainingHost = new TrainingHost({
    backend: 'cpu',
    dataContext: () => ({ datasets }),
    post(message) {
      messages.push(message);
      if (message.type === 'batch') queueMicrotask(() => void h.handle({ type: 'ack' }));
    },
  });
  host = h;
  const batches = () => messages.filter((m): m is { type: 'batch'; batch: SummaryBatch } => m.type === 'batch').map((m) => m.batch);
  const answer = <T extends 'cell' | 'predicted'>(type: T, id: number) => messages.find((m) => m.type === type && m.id === id) as Extract<FromWorker, { type: T }> | undefined;
  return { host: h, messages, batches, answer };
}

describe('TrainingHost on an MNIST classifier', () => {
  it('scores the test split at the end of training, answers a cell, shows one picked digit and predicts a drawn one', async () => {
    const { host, messages, batches, answer } = recordingHost();
    await host.handle({ type: 'load', doc: mnistSoftmax(), settings: { mode: 'steps', count: 30, batchSize: 100, seed: 1, logEvery: 10 }, datasetsBase: '' });
    await host.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'finished'), 60_000);
    await until(() => batches().some((b) => b.confusion?.step === 30));
    const confusion = batches().findLast((b) => b.confusion)!.confusion!;
    expect(confusion.total).toBe(10000);
    expect(confusion.counts.reduce((a, b) => a + b, 0)).toBe(10000);
    // 30 steps of softmax regression already beat chance by far.
    let right = 0;
    for (let c = 0; c < 10; c++) right += confusion.counts[c * 10 + c];
    expect(right / 10000).toBeGreaterThan(0.6);

    // The most common mistake's cell: its count and its digits, least sure first.
    let worst = { t: 0, p: 1, n: -1 };
    for (let t = 0; t < 10; t++) for (let p = 0; p < 10; p++) if (t !== p && confusion.counts[t * 10 + p] > worst.n) worst = { t, p, n: confusion.counts[t * 10 + p] };
    await host.handle({ type: 'confusionCell', id: 1, trueClass: worst.t, predicted: worst.p });
    const cell = answer('cell', 1)!.result as Extract<CellResult, { ok: true }>;
    expect(cell.count).toBe(worst.n);
    expect(cell.digits.length).toBe(Math.min(48, worst.n));
    const first = cell.digits[0];
    expect([first.label, first.predicted, first.pixels.length, first.probabilities.length]).toEqual([worst.t, worst.p, 784, 10]);
    expect(cell.digits[1].probabilities[worst.t]).toBeGreaterThanOrEqual(first.probabilities[worst.t]);

    // Picking it: every node's values (and the gradients') are that one example's.
    await host.handle({ type: 'watch', nodeId: 'n6' });
    await host.handle({ type: 'example', index: first.index });
    const picked = batches().at(-1)!;
    expect(picked.nodeStats?.example).toEqual({ index: first.index, label: worst.t, predicted: worst.p });
    const shapeOf = (id: string) => picked.nodeStats!.shapes[picked.nodeStats!.ids.indexOf(id)];
    expect(shapeOf('n1')).toEqual([1, 784]);
    // The backward pass's nodes too: the training graph's, not drawn.
    const drawn = new Set(mnistSoftmax().nodes.map((n) => n.id));
    expect(picked.nodeStats!.ids.some((id) => !drawn.has(id))).toBe(true);
    expect(picked.watched?.example?.index).toBe(first.index);
    expect(picked.watched?.value?.shape).toEqual([1, 10]);
    expect(picked.watched?.gradient?.shape).toEqual([1, 10]);
    // The logits' softmax is the cell's probabilities for that digit.
    const logits = Array.from(picked.watched!.value!.values);
    const exp = logits.map((v) => Math.exp(v - Math.max(...logits)));
    const sum = exp.reduce((a, b) => a + b, 0);
    exp.forEach((e, c) => expect(e / sum).toBeCloseTo(first.probabilities[c], 5));

    // The drawn digit: the same image fed as pixels gets the same probabilities.
    await host.handle({ type: 'predict', id: 2, pixels: first.pixels });
    const predicted = answer('predicted', 2)!.result as Extract<PredictResult, { ok: true }>;
    Array.from(predicted.probabilities).forEach((p, c) => expect(p).toBeCloseTo(first.probabilities[c], 5));
    await host.handle({ type: 'predict', id: 3, pixels: new Float32Array(5) });
    expect(answer('predicted', 3)!.result).toEqual({ ok: false, message: 'a drawn digit has 784 pixels, this one 5' });
  }, 90_000);

  it('does not score a graph that is not an MNIST classifier', async () => {
    const { host, batches, answer } = recordingHost();
    const xor = JSON.parse(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')) as GraphDocument;
    await host.handle({ type: 'load', doc: xor, settings: { mode: 'steps', count: 20, batchSize: undefined, seed: 1, logEvery: 10 }, datasetsBase: '' });
    await host.handle({ type: 'step' });
    await host.handle({ type: 'confusionCell', id: 1, trueClass: 0, predicted: 1 });
    expect(batches().some((b) => b.confusion)).toBe(false);
    expect(answer('cell', 1)?.result.ok).toBe(false);
  });
});
