import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataBinding } from '../graph/document.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { linearRegression, ONE_TWO_THREE } from '../../test/trainingGraphs.ts';
import { useBackend } from './backend.ts';
import { Trainer } from './trainer.ts';
import type { TrainLog } from './trainTypes.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

const LESSON3: { x: DataBinding; y: DataBinding } = { x: { kind: 'inline', value: [1, 2, 3, 4, 5] }, y: { kind: 'inline', value: [2.1, 3.1, 4.1, 5.1, 6.1] } };

describe('Trainer', () => {
  it('fits the course linear regression with full-batch gradient descent', async () => {
    const { g } = linearRegression(ONE_TWO_THREE, { optimizer: 'GradientDescent', learningRate: 0.01 }, { steps: 2001 });
    const trainer = await Trainer.create(g.doc(), { backend });
    const result = await trainer.train();
    trainer.dispose();
    expect(result.stopped).toBe('finished');
    expect(result.steps).toBe(2001);
    // Logged as the course prints: step 0, 20, ..., 2000.
    expect(result.history.map((l) => l.step)).toEqual(Array.from({ length: 101 }, (_, i) => i * 20));
    expect(result.history[0].loss).toBeGreaterThan(result.loss!);
    expect(Math.abs(result.variables.W.values[0] - 1)).toBeLessThan(0.01);
    expect(Math.abs(result.variables.b.values[0])).toBeLessThan(0.03);
    // The evaluated cost is the mean squared error of the final W and b on all the data.
    const [w, b] = [result.variables.W.values[0], result.variables.b.values[0]];
    const mse = [1, 2, 3].reduce((s, x) => s + (x * w + b - x) ** 2, 0) / 3;
    expect(result.metrics.cost).toBeCloseTo(mse, 6);
  });

  it('gives the same loss curve for the same seed and another for a different seed', async () => {
    const curve = async (seed: number) => {
      const { g } = linearRegression(LESSON3, { optimizer: 'Adam', learningRate: 0.1 }, { steps: 60, batchSize: 2, logEvery: 1, seed });
      const trainer = await Trainer.create(g.doc(), { backend });
      const { history } = await trainer.train();
      trainer.dispose();
      return history.map((l) => l.loss);
    };
    const a = await curve(3);
    expect(a).toHaveLength(60);
    expect(await curve(3)).toEqual(a);
    expect(await curve(4)).not.toEqual(a);
  });

  it('feeds shuffled mini-batches that cover the data each epoch, and scalars whole', async () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null] }, 'x');
    const scale = g.add('Placeholder', { shape: [] }, 'scale');
    const w = g.add('Variable', { shape: [], initializer: { kind: 'zeros' } }, 'w');
    const scaled = g.add('Mul', {}, 'scaled', { x, y: scale });
    const batchSum = g.add('ReduceSum', {}, 'batchSum', { x: scaled });
    const count = g.add('ReduceSum', {}, 'count', { x: g.add('OnesLike', {}, 'ones', { x }) });
    const loss = g.add('Square', {}, 'loss', { x: g.add('Sub', {}, 'diff', { x: w, y: batchSum }) });
    const train = g.add('Minimize', { learningRate: 0.1 }, 'train', { loss });
    g.session = {
      train: train.id,
      fetches: [{ node: batchSum.id, role: 'metric' }, { node: count.id, role: 'metric' }],
      feeds: { [x.id]: { kind: 'inline', value: [1, 2, 4, 8, 16] }, [scale.id]: { kind: 'inline', value: 10 } },
      epochs: 4,
      batchSize: 2,
      logEvery: 1,
    };
    const trainer = await Trainer.create(g.doc(), { backend });
    expect(trainer.schedule).toEqual({ totalSteps: 12, logEvery: 1 });
    const { history } = await trainer.train();
    trainer.dispose();
    const epochs = [0, 1, 2, 3].map((e) => history.filter((l) => l.epoch === e));
    for (const logs of epochs) {
      expect(logs.map((l) => l.values.count)).toEqual([2, 2, 1]);
      expect(logs.reduce((s, l) => s + l.values.batchSum, 0)).toBeCloseTo(310, 4);
    }
    const order = (logs: TrainLog[]) => logs.map((l) => l.values.batchSum);
    expect(new Set(epochs.map((logs) => order(logs).join())).size).toBeGreaterThan(1);
  });

  it('pauses on abort and resumes to the same result as an uninterrupted run', async () => {
    const make = async () => {
      const { g } = linearRegression(LESSON3, { optimizer: 'Momentum', learningRate: 0.01 }, { steps: 100, batchSize: 2, logEvery: 10 });
      return Trainer.create(g.doc(), { backend });
    };
    const straight = await make();
    const expected = (await straight.train()).variables;
    straight.dispose();

    const paused = await make();
    const controller = new AbortController();
    const first = await paused.train({ signal: controller.signal, onLog: (l) => void (l.step === 40 && controller.abort()) });
    expect(first.stopped).toBe('aborted');
    expect(first.steps).toBe(41);
    expect(first.metrics).toEqual({});
    const rest = await paused.train();
    paused.dispose();
    expect(rest.stopped).toBe('finished');
    expect(rest.history[0].step).toBe(50);
    expect(rest.variables).toEqual(expected);
  });

  it('evaluates on evalFeeds when the session has them', async () => {
    const eval4: DataBinding = { kind: 'inline', value: [4, 5] };
    const { g, x, y } = linearRegression(ONE_TWO_THREE, undefined, { steps: 50 });
    g.session!.evalFeeds = { [x.id]: eval4, [y.id]: { kind: 'inline', value: [4, 4] } };
    const trainer = await Trainer.create(g.doc(), { backend });
    const { variables, metrics } = await trainer.train();
    trainer.dispose();
    const [w, b] = [variables.W.values[0], variables.b.values[0]];
    expect(metrics.cost).toBeCloseTo(((4 * w + b - 4) ** 2 + (5 * w + b - 4) ** 2) / 2, 5);
  });

  it('reads CSV bindings through readText, one column to a [?] placeholder', async () => {
    const csv = 'x,y\n1,2.1\n2,3.1\n3,4.1\n4,5.1\n5,6.1\n';
    const { g } = linearRegression(
      { x: { kind: 'csv', path: 'lesson3.csv', columns: ['x'] }, y: { kind: 'csv', path: 'lesson3.csv', columns: ['y'] } },
      { optimizer: 'GradientDescent', learningRate: 0.01 },
      { steps: 2001 },
    );
    const trainer = await Trainer.create(g.doc(), { backend, readText: async () => csv });
    const { variables } = await trainer.train();
    trainer.dispose();
    // Lesson 3: W -> 1.0, b -> 1.1.
    expect(variables.W.values[0]).toBeCloseTo(1, 1);
    expect(variables.b.values[0]).toBeCloseTo(1.1, 1);
  });

  it('says what is wrong with the session or its data', async () => {
    const noTrain = linearRegression(ONE_TWO_THREE, undefined, { steps: 1 });
    delete noTrain.g.session!.train;
    // The graph's only Minimize is trained when the session names none; without one there is nothing to train.
    const only = await Trainer.create(noTrain.g.doc(), { backend });
    only.dispose();
    const noMinimize = noTrain.g.doc();
    const minimize = noMinimize.nodes.find((n) => n.op === 'Minimize')!.id;
    noMinimize.nodes = noMinimize.nodes.filter((n) => n.id !== minimize);
    noMinimize.edges = noMinimize.edges.filter((e) => e.target !== minimize && e.source !== minimize);
    await expect(Trainer.create(noMinimize, { backend })).rejects.toThrow('the session has no train node');
    const ragged = linearRegression({ x: ONE_TWO_THREE.x, y: { kind: 'inline', value: [1, 2] } }, undefined, { steps: 1 });
    await expect(Trainer.create(ragged.g.doc(), { backend })).rejects.toThrow('the training data disagree on the number of examples: Placeholder "x" has 3, Placeholder "y" has 2');
    const mnist = linearRegression({ x: { kind: 'dataset', name: 'mnist', split: 'train', field: 'images' }, y: ONE_TWO_THREE.y }, undefined, { steps: 1 });
    await expect(Trainer.create(mnist.g.doc(), { backend })).rejects.toThrow('this caller cannot read datasets (no datasets provider was given)');
    const forever = linearRegression(ONE_TWO_THREE);
    await expect(Trainer.create(forever.g.doc(), { backend })).rejects.toThrow('neither how many steps nor how many epochs');
    const both = linearRegression(ONE_TWO_THREE, undefined, { steps: 5, epochs: 2 });
    await expect(Trainer.create(both.g.doc(), { backend })).rejects.toThrow('both 5 steps and 2 epochs');
    const overridden = await Trainer.create(both.g.doc(), { backend, epochs: 3, logEvery: 2 });
    expect(overridden.schedule).toEqual({ totalSteps: 3, logEvery: 2 });
    overridden.dispose();
  });

  it('leaks no tensors over 1,000 training steps', async () => {
    const { g } = linearRegression(LESSON3, { optimizer: 'Adam', learningRate: 0.01 }, { steps: 2000, batchSize: 2, logEvery: 50 });
    const trainer = await Trainer.create(g.doc(), { backend });
    await trainer.train({ steps: 10 });
    const before = tf.memory().numTensors;
    await trainer.train({ steps: 1000 });
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });
});
