/**
 * The trainable famous-CNN templates learn: a few steps on one small batch
 * (the same examples every step, so the loss of the batch must fall) with
 * the template's own optimizer and initialisers. MNIST templates take 32
 * training images; Kim's CNN trains its whole session (seconds) and is held
 * to its lesson's held-out accuracy; AlexNet, at its full 62 million parameters, two images of
 * the shapes set, which makes it the slow one (its first step draws all the
 * initial weights).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstTrainingExamples, nodeDatasets } from '../../cli/datasets.ts';
import { loadShapes } from '../../core/data/shapes.ts';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Trainer } from '../../core/runtime/trainer.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});
const trainers: Trainer[] = [];
afterAll(() => {
  for (const t of trainers) t.dispose();
});

function template(name: string): GraphDocument {
  return loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;
}

/** Trains `steps` full-batch steps of `batch` examples; the losses of every step. */
async function losses(doc: GraphDocument, steps: number, batch: number, options: { datasets?: ReturnType<typeof nodeDatasets> } = {}): Promise<number[]> {
  doc.session = { ...doc.session!, steps, epochs: undefined, batchSize: batch, logEvery: 1, evalFeeds: undefined };
  const trainer = await Trainer.create(doc, { backend, ...options });
  trainers.push(trainer);
  const result = await trainer.train();
  expect(result.stopped).toBe('finished');
  return result.history.map((h) => h.loss);
}

describe('famous-CNN templates train', () => {
  // train-55k starts at image 5,001: cutting the file to 5,032 leaves its first 32.
  const datasets = firstTrainingExamples(nodeDatasets(), 5032);

  it.each(['lenet-5', 'resnet-mnist', 'inception-mnist'])('%s: eight Adam steps on 32 MNIST images lower their loss by a quarter', async (name) => {
    const loss = await losses(template(name), 8, 32, { datasets });
    expect(loss).toHaveLength(8);
    expect(loss[7]).toBeLessThan(loss[0] * 0.75);
  });

  it("kim-cnn: its session's 200 Adam steps on 32 sentences classify all 8 held-out sentences, as its lesson says", async () => {
    const trainer = await Trainer.create(template('kim-cnn'), { backend });
    trainers.push(trainer);
    const result = await trainer.train();
    expect(result.steps).toBe(200);
    expect(result.history[0].loss).toBeGreaterThan(0.5);
    expect(result.loss).toBeLessThan(0.01);
    expect(result.metrics.accuracy).toBe(1);
  });

  it('AlexNet: one momentum step on two shapes images lowers their loss', async () => {
    const doc = template('alexnet');
    const [x, y] = ['X', 'Y'].map((n) => doc.nodes.find((node) => node.name === n)!.id);
    const images = loadShapes('train', 'images');
    const size = images.shape[1];
    const rows: NestedNumbers[] = [0, 1].map((i) => Array.from(images.values.subarray(i * size, (i + 1) * size)));
    doc.session!.feeds = { ...doc.session!.feeds, [x]: { kind: 'inline', value: rows }, [y]: { kind: 'inline', value: [0, 1] } };
    const loss = await losses(doc, 2, 2);
    // The untrained net spreads its guesses over 1,000 classes: ln 1000.
    expect(loss[0]).toBeCloseTo(Math.log(1000), 0);
    expect(loss[1]).toBeLessThan(loss[0]);
  }, 600_000);
});
