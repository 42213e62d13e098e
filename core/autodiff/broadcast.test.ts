import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dim } from '../graph/shape.ts';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';
import { mayBroadcast } from './broadcast.ts';
import { mulberry32 as seededRandom } from '../data/random.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

describe('mayBroadcast', () => {
  it('rules out a reduction only when static shapes prove it', () => {
    expect(mayBroadcast([null, 10], [10])).toBe(false);
    expect(mayBroadcast([2, 3], [2, 3])).toBe(false);
    expect(mayBroadcast([2, 3], [1, 3])).toBe(false);
    expect(mayBroadcast([10], [null, 10])).toBe(true);
    expect(mayBroadcast([3, 1], [1, 4])).toBe(true);
    expect(mayBroadcast([null], [null])).toBe(true);
    expect(mayBroadcast([1, 3], [null, 3])).toBe(true);
    expect(mayBroadcast(null, [3])).toBe(true);
  });
});

/** A random pair of shapes that broadcast together, with some dims declared unknown. */
function randomPair(random: () => number): { shapes: number[][]; statics: Dim[][] } {
  const rank = 1 + Math.floor(random() * 3);
  const full = Array.from({ length: rank }, () => 2 + Math.floor(random() * 2));
  const shapes = [0, 1].map(() => {
    const dropped = Math.floor(random() * (rank + 1));
    return full.slice(dropped).map((d) => (random() < 0.35 ? 1 : d));
  });
  const statics = shapes.map((s) => s.map((d) => (random() < 0.3 ? null : d)));
  return { shapes, statics };
}

const REFERENCES: Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor> = {
  Add: (x, y) => tf.add(x, y),
  Sub: (x, y) => tf.sub(x, y),
  Mul: (x, y) => tf.mul(x, y),
  Div: (x, y) => tf.div(x, y),
};

describe('broadcasting gradients on random shapes', () => {
  for (const [op, reference] of Object.entries(REFERENCES)) {
    it(`${op}: sums each gradient back to its input's shape`, async () => {
      const random = seededRandom([...op].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
      for (let i = 0; i < 8; i++) {
        const { shapes, statics } = randomPair(random);
        const context = `${op} ${JSON.stringify(shapes)} declared ${JSON.stringify(statics)}`;
        const inputs = shapes.map((shape, k) => ({ shape, staticShape: statics[k], ...(op === 'Div' && k === 1 ? { range: [0.5, 2] as [number, number] } : {}) }));
        await expect(checkGradient({ op, inputs, reference, seed: i + 1 }).then(() => 'ok'), context).resolves.toBe('ok');
      }
    });
  }
});
