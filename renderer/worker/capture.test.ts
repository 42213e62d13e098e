import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import { captureHistograms, histogramEntryOf, l2Norm } from './capture.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('l2Norm', () => {
  it('is the square root of the sum of squares, without underflow for tiny values', () => {
    expect(l2Norm([3, -4])).toBe(5);
    expect(l2Norm([])).toBe(0);
    // float32 squares of 1e-25 would underflow to 0; the sum runs in float64.
    expect(l2Norm(Float32Array.of(1e-25, 1e-25))).toBeCloseTo(Math.SQRT2 * 1e-25, 30);
    expect(l2Norm([1, Number.NaN])).toBeNaN();
  });
});

describe('histogramEntryOf', () => {
  it('carries the values’ norm beside their buckets', () => {
    const e = histogramEntryOf('W (gradient)', 7, [1, 2, 2]);
    expect(e).toMatchObject({ tag: 'W (gradient)', step: 7, norm: 3 });
    expect(e.buckets.length).toBeGreaterThan(0);
  });
});

describe('captureHistograms', () => {
  it("shows the vanishing gradient: ten sigmoid layers' weight gradients shrink layer by layer towards the input", async () => {
    // The sample's own seed (777), as the lesson shows it. At some seeds the first layers' norms sit at a
    // float32 noise floor near 1e-7 and are not ordered (seed 1: layer3 < layer1); the fall is there still.
    const trainer = await Trainer.create(sample('vanishing-gradient-sigmoid'), { backend: 'cpu', steps: 10 });
    const { feeds, dispose } = trainer.feedsAt(0);
    try {
      const entries = await captureHistograms(trainer, feeds, 0);
      const norm = (tag: string) => entries.find((e) => e.tag === tag)!.norm!;
      const layers = [...Array.from({ length: 9 }, (_, i) => `layer${i + 1}`), 'last'].map((l) => norm(`${l}/W (gradient)`));
      for (let i = 1; i < layers.length; i++) expect(layers[i], `layer ${i}`).toBeGreaterThan(layers[i - 1]);
      // From the output layer back to the first, the gradient loses orders of magnitude.
      expect(layers.at(-1)! / layers[0]).toBeGreaterThan(1e3);
    } finally {
      dispose();
      trainer.dispose();
    }
  });
});
