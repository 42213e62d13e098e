import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { useBackend } from './backend.ts';
import { TrainingError } from './nonFinite.ts';
import { Trainer } from './trainer.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

/**
 * loss = Log(w) from w = 1 with gradient descent at learning rate 1: the
 * gradient 1/w is 1, so step 0 takes w to exactly 0 and step 1 computes log(0).
 */
function logToZero(logEvery: number) {
  const g = new GraphBuilder();
  const w = g.add('Variable', { shape: [], initializer: { kind: 'constant', value: 1 } }, 'w');
  const loss = g.add('Log', {}, 'log', { x: w });
  const train = g.add('Minimize', { learningRate: 1 }, 'train', { loss });
  g.session = { train: train.id, fetches: [{ node: loss.id, role: 'loss' }], feeds: {}, steps: 10, logEvery };
  return { doc: g.doc(), loss };
}

async function failure(trainer: Trainer): Promise<TrainingError> {
  const error = await trainer.train().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TrainingError);
  return error as TrainingError;
}

describe('non-finite values stop training', () => {
  for (const logEvery of [1, 100]) {
    it(`names the Log whose input reached 0 and the step, logging every ${logEvery}`, async () => {
      const { doc, loss } = logToZero(logEvery);
      const tensorsBefore = tf.memory().numTensors;
      const trainer = await Trainer.create(doc, { backend });
      const error = await failure(trainer);
      expect(error.message).toMatch(/^training stopped at step 1: Log "log" produced -Infinity, the first node in the graph whose value is not a finite number\. Log of 0/);
      expect(error.nodeId).toBe(loss.id);
      expect(error.step).toBe(1);
      // The session is left as it was before the bad step.
      expect((await trainer.variableValues()).w.values[0]).toBe(0);
      trainer.dispose();
      // Nothing the replay made outlives the trainer.
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    });
  }

  it('finds a gradient that blows up while the loss stays finite', async () => {
    // loss = sqrt(w^2) = |w| is 0 at w = 0, but the gradient of Sqrt there is 1/0.
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [], initializer: { kind: 'constant', value: 1 } }, 'w');
    const sq = g.add('Square', {}, 'square', { x: w });
    const loss = g.add('Sqrt', {}, 'abs', { x: sq });
    const train = g.add('Minimize', { learningRate: 1 }, 'train', { loss });
    g.session = { train: train.id, fetches: [], feeds: {}, steps: 2, logEvery: 100 };
    const trainer = await Trainer.create(g.doc(), { backend });
    const error = await failure(trainer);
    trainer.dispose();
    expect(error.step).toBe(1);
    expect(error.message).toMatch(/^training stopped at step 1: \w+ "gradients\/abs_grad\/[^"]+" produced (Infinity|NaN)/);
    expect(error.message).toContain('It is part of the gradient of "abs"');
  });
});
