import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../graph/analyze.ts';
import { useBackend } from '../../runtime/backend.ts';
import { Session } from '../../runtime/session.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { compile, disposePlan } from '../compile.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/**
 * loss = W1 * W2 with the gradients wired by hand: d/dW1 = W2 (as 1 * W2,
 * with the 1 from two Negs, so the topological sort reaches that read of W2
 * only after W2's update is ready) and d/dW2 = W1. Every gradient must read
 * the values from before the step.
 */
function crossedGraph() {
  const g = new GraphBuilder();
  const w1 = g.add('Variable', { shape: [], initializer: { kind: 'constant', value: 2 } }, 'W1');
  const w2 = g.add('Variable', { shape: [], initializer: { kind: 'constant', value: 3 } }, 'W2');
  const one = g.add('Constant', { value: 1 }, 'one');
  const loss = g.add('Mul', {}, 'loss', { x: w1, y: w2 });
  const n1 = g.add('Neg', {}, 'n1', { x: one });
  const n2 = g.add('Neg', {}, 'n2', { x: n1 });
  const gradW1 = g.add('Mul', {}, 'gradW1', { x: n2, y: w2 });
  const a2 = g.add('ApplyGradient', { learningRate: 0.1 }, 'train/update_W2/ApplyGradientDescent', { variable: w2, gradient: w1 });
  const a1 = g.add('ApplyGradient', { learningRate: 0.1 }, 'train/update_W1/ApplyGradientDescent', { variable: w1, gradient: gradW1 });
  g.add('Minimize', { learningRate: 0.1 }, 'train', { loss, updates: [a2, a1] });
  return g.doc();
}

describe('Minimize and its updates', () => {
  it('computes every gradient from the values before the step', async () => {
    const s = new Session(crossedGraph(), { backend: tf.getBackend() });
    const [loss, gradW1] = await s.runValues(['train', 'gradW1']);
    expect(loss).toBe(6);
    expect(gradW1).toBe(3);
    const [w1, w2] = (await s.runValues(['W1', 'W2'])) as number[];
    expect(w1).toBeCloseTo(2 - 0.1 * 3, 6);
    expect(w2).toBeCloseTo(3 - 0.1 * 2, 6);
    s.dispose();
  });

  it('orders the updates after every step that does not depend on them', () => {
    const analysis = analyze(crossedGraph());
    const id = (name: string) => analysis.index.byName.get(name)!;
    const updates = [id('train/update_W2/ApplyGradientDescent'), id('train/update_W1/ApplyGradientDescent')];
    // The topological order alone would run W2's update before the second Neg reads W2.
    expect(analysis.order.indexOf(updates[0])).toBeLessThan(analysis.order.indexOf(id('gradW1')));
    const plan = compile(analysis, [{ node: id('train'), output: 'loss' }], new Set(), { backend: tf.getBackend() });
    const order = plan.steps.map((s) => s.nodeId);
    disposePlan(plan);
    expect(order.slice(-3)).toEqual([...updates, id('train')]);
  });

  it('refuses to run a Minimize that has not been expanded for training', () => {
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [1] }, 'W');
    g.add('Minimize', {}, 'train', { loss: w });
    const s = new Session(g.doc(), { backend: tf.getBackend() });
    expect(() => s.run(['train'])).toThrow(/Minimize "train" has no update steps yet/);
    s.dispose();
  });

  it('leaks no tensors over 1,000 steps', () => {
    const s = new Session(crossedGraph(), { backend: tf.getBackend() });
    tf.dispose(s.run(['train']));
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) tf.dispose(s.run(['train']));
    expect(tf.memory().numTensors).toBe(before);
    s.dispose();
  });
});
