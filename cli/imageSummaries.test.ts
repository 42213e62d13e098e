import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../core/graph/document.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import { stepImages } from './imageSummaries.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('stepImages', () => {
  it("draws the XOR inputs as 1x2 PNGs, TF1's max_outputs kept for the tags", async () => {
    const doc = JSON.parse(readFileSync(new URL('../samples/xor-nn.flow.json', import.meta.url), 'utf8')) as GraphDocument;
    doc.nodes.push({ id: 'img', op: 'Reshape', name: 'x_image', attrs: { shape: [-1, 1, 2, 1] }, position: { x: 0, y: 0 } });
    doc.edges.push({ id: 'eimg', source: 'n01', sourceOutput: 'value', target: 'img', targetInput: 'x' });
    const images = [{ node: 'img', label: 'input', maxOutputs: 2 }];
    const trainer = await Trainer.create(doc, { backend: 'cpu', steps: 1 });
    try {
      expect(await stepImages(trainer, [], 0)).toEqual([]);
      const [entry] = (await stepImages(trainer, images, 0))!;
      expect([entry.name, entry.maxOutputs, entry.images.length]).toEqual(['input', 2, 2]);
      expect(entry.images.map((i) => [i.width, i.height, i.colorspace])).toEqual([[2, 1, 1], [2, 1, 1]]);
      // The second input, [0, 1]: one unfiltered row, black then white.
      const png = entry.images[1].encoded;
      expect([...inflateSync(png.subarray(41, png.length - 16))]).toEqual([0, 0, 255]);
    } finally {
      trainer.dispose();
    }
  });
});
