import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import type { FromWorker } from '../training/protocol.ts';
import { TrainingHost } from './trainingHost.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A OneHot of depth 2.5e8 on 8 bound labels: 8 GB on the first step. */
function oneHotBomb() {
  const g = new GraphBuilder();
  const labels = g.add('Placeholder', { dtype: 'int32', shape: [null] }, 'labels');
  const w = g.add('Variable', { shape: [1] }, 'W');
  const oh = g.add('OneHot', { depth: 250_000_000 }, 'oh', { indices: labels });
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Mul', {}, 'scaled', { x: oh, y: w }) });
  const train = g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, 'train', { loss: cost });
  g.session = { train: train.id, steps: 10, feeds: { [labels.id]: { kind: 'inline', value: [0, 1, 2, 3, 4, 5, 6, 7] } }, fetches: [{ node: cost.id, role: 'loss' }] };
  return { doc: g.doc(), oh };
}

describe('TrainingHost and the memory budget', () => {
  it('refuses on load a graph whose first step cannot fit, naming the node, and allocates nothing', async () => {
    const messages: FromWorker[] = [];
    const host = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    const { doc, oh } = oneHotBomb();
    const before = tf.memory().numBytes;
    await host.handle({ type: 'load', doc, settings: { mode: 'steps', count: 10, batchSize: undefined, seed: 1, logEvery: 1 }, datasetsBase: '', memoryBudget: 16e9 });
    const failed = messages.find((m) => m.type === 'failed');
    expect(failed).toMatchObject({ type: 'failed', nodeId: oh.id });
    expect(failed?.type === 'failed' && failed.message).toMatch(/^this run's tensors take at least \d+\.\d GB together, over the memory budget of 16\.0 GB; the largest is OneHot "oh", \[8,250000000\] float32, 8\.0 GB; nothing was run/);
    expect(messages.some((m) => m.type === 'status' && m.status === 'failed')).toBe(true);
    expect(messages.some((m) => m.type === 'loaded')).toBe(false);
    expect(tf.memory().numBytes).toBe(before);
    await host.dispose();
  });

  it('refuses a Run of a 4 GB Variable with the node named, instead of allocating it', async () => {
    const messages: FromWorker[] = [];
    const host = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [1_000_000_000] }, 'W');
    const before = tf.memory().numBytes;
    await host.handle({ type: 'run', id: 1, request: { doc: g.doc(), fetches: [w.id], feeds: {}, seed: 1, trained: false, datasetsBase: '', memoryBudget: 2e9 } });
    const ran = messages.find((m) => m.type === 'ran');
    expect(ran?.type === 'ran' && ran.result).toMatchObject({ ok: false, nodeId: w.id, message: expect.stringContaining('Variable "W" holds [1000000000] float32: 4.0 GB, over the memory budget of 2.0 GB') });
    expect(tf.memory().numBytes).toBe(before);
    await host.dispose();
  });
});
