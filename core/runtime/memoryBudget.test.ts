import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { FlowboardError } from '../graph/diagnostics.ts';
import { useBackend } from './backend.ts';
import { RunError } from './runError.ts';
import { Session } from './session.ts';
import { Trainer } from './trainer.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

/** What `fn` throws, with the bytes tfjs held before and after: a refused run allocates nothing. */
async function refusal(fn: () => unknown): Promise<{ error: Error & { nodeId?: string }; allocated: number }> {
  const before = tf.memory().numBytes;
  let error: unknown;
  try {
    await fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FlowboardError);
  return { error: error as Error, allocated: tf.memory().numBytes - before };
}

describe('runs that cannot fit the memory budget', () => {
  it('refuses a OneHot whose fed batch makes it 4 GB, naming it with the real shape, before any kernel runs', async () => {
    const g = new GraphBuilder();
    const labels = g.add('Placeholder', { dtype: 'int32', shape: [null] }, 'labels');
    const oh = g.add('OneHot', { depth: 1_000_000 }, 'oh', { indices: labels });
    g.add('ReduceSum', {}, 'total', { x: oh });
    const session = new Session(g.doc(), { backend, memoryBudget: 2e9 });
    const { error, allocated } = await refusal(() => session.run(['total'], { labels: Array.from({ length: 1000 }, (_, i) => i) }));
    expect(error).toBeInstanceOf(RunError);
    expect(error.nodeId).toBe(oh.id);
    expect(error.message).toBe('OneHot "oh" would hold [1000,1000000] float32: 4.0 GB, over the memory budget of 2.0 GB; nothing was run. Feed fewer examples at once, make the tensor smaller, or raise the memory budget if this machine has the memory (flowboard --memory-budget, or Memory in the app\'s status bar)');
    expect(allocated).toBe(0);
    // The same graph with one label (4 MB) fits, and runs.
    const [t] = session.run(['total'], { labels: [3] });
    expect(await t.data()).toEqual(new Float32Array([1]));
    t.dispose();
    session.dispose();
  });

  it('refuses a Variable of 4 GB at compile time, before it is initialised', async () => {
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [1_000_000_000] }, 'W');
    const session = new Session(g.doc(), { backend, memoryBudget: 2e9 });
    const { error, allocated } = await refusal(() => session.run(['W']));
    expect(error.nodeId).toBe(w.id);
    expect(error.message).toContain('Variable "W" holds [1000000000] float32: 4.0 GB, over the memory budget of 2.0 GB');
    expect(allocated).toBe(0);
    session.dispose();
  });

  it('refuses the training graph when its batch would not fit, when the trainer is made and not on the first step', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 1] }, 'x');
    const w = g.add('Variable', { shape: [1, 10_000] }, 'W');
    const h = g.add('MatMul', {}, 'h', { a: x, b: w });
    const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: h }) });
    const train = g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, 'train', { loss: cost });
    g.session = { train: train.id, steps: 5, batchSize: 30_000, feeds: { [x.id]: { kind: 'inline', value: Array.from({ length: 30_000 }, (_, i) => [i]) } }, fetches: [{ node: cost.id, role: 'loss' }] };
    const { error, allocated } = await refusal(() => Trainer.create(g.doc(), { backend, memoryBudget: 1e9 }));
    expect(error.message).toMatch(/^\S+ "[^"]+" would hold \[30000,10000\] float32: 1\.2 GB, over the memory budget of 1\.0 GB; nothing was run/);
    expect(error.nodeId).toBeDefined();
    expect(allocated).toBe(0);
    // Batches of 100 fit.
    g.session.batchSize = 100;
    const trainer = await Trainer.create(g.doc(), { backend, memoryBudget: 1e9 });
    expect((await trainer.train({ steps: 1 })).steps).toBe(1);
    trainer.dispose();
  });
});
