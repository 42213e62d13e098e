import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { useBackend } from './backend.ts';
import { Session } from './session.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

function hello() {
  const g = new GraphBuilder();
  const c3 = g.add('Constant', { value: 3 }, 'c3');
  const c4 = g.add('Constant', { value: 4 }, 'c4');
  g.add('Add', {}, 'sum', { x: c3, y: c4 });
  const a = g.add('Placeholder', { shape: null as never }, 'a');
  const b = g.add('Placeholder', { shape: null as never }, 'b');
  g.add('Add', {}, 'adder', { x: a, y: b });
  return g;
}

describe('Session', () => {
  it('runs the course hello lesson', async () => {
    const s = new Session(hello().doc(), { backend: tf.getBackend() });
    expect(await s.runValues(['sum'])).toEqual([7]);
    expect(await s.runValues(['adder'], { a: 3, b: 4.5 })).toEqual([7.5]);
    expect(await s.runValues(['adder'], { a: [1, 3], b: [2, 4] })).toEqual([[3, 7]]);
    s.dispose();
  });

  it('names the placeholder that was not fed', () => {
    const s = new Session(hello().doc(), { backend: tf.getBackend() });
    expect(() => s.run(['adder'], { a: 1 })).toThrow(/Placeholder "b" must be fed/);
    s.dispose();
  });

  it('rejects a feed of the wrong shape, naming the placeholder', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
    const w = g.add('Variable', { shape: [3, 1] }, 'W');
    g.add('MatMul', {}, 'h', { a: x, b: w });
    const s = new Session(g.doc(), { backend: tf.getBackend() });
    expect(() => s.run(['h'], { X: [[1, 2]] })).toThrow(/Placeholder "X" has shape \[1,2\] but the placeholder is \[\?,3\]/);
    s.dispose();
  });

  it('gives the same variables for the same seed and different ones for another', async () => {
    const g = new GraphBuilder();
    g.add('Variable', { shape: [2, 2] }, 'W');
    const v = async (seed: number) => {
      const s = new Session(g.doc(), { backend: tf.getBackend(), seed });
      const [value] = await s.runValues(['W']);
      s.dispose();
      return value;
    };
    expect(await v(1)).toEqual(await v(1));
    expect(await v(1)).not.toEqual(await v(2));
  });

  it('leaks no tensors over 1,000 runs', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
    const w = g.add('Variable', { shape: [3, 2] }, 'W');
    const b = g.add('Variable', { shape: [2] }, 'b');
    const h = g.add('MatMul', { transposeB: false }, 'h', { a: x, b: w });
    g.add('Add', {}, 'y', { x: h, y: b });
    const s = new Session(g.doc(), { backend: tf.getBackend() });
    const feed = { X: [[1, 2, 3], [4, 5, 6]] };
    tf.dispose(s.run(['y', 'W'], feed));
    const after1 = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) tf.dispose(s.run(['y', 'W'], feed));
    expect(tf.memory().numTensors).toBe(after1);
    s.dispose();
  });
});
