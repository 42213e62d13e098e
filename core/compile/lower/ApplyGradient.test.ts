import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttrValue } from '../../graph/document.ts';
import { useBackend } from '../../runtime/backend.ts';
import { Session } from '../../runtime/session.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

/** w starts at [1, 1]; these are the gradients fed on steps 1, 2 and 3. */
const GRADIENTS = [[0.5, -1], [1, 0.25], [-0.5, 2]];

/**
 * w after each of the three steps, worked out by hand (in double precision,
 * from the formulas in TF1's training_ops.cc) with the settings given.
 */
const CASES: { name: string; attrs: Record<string, AttrValue>; expected: number[][] }[] = [
  { name: 'GradientDescent', attrs: { optimizer: 'GradientDescent', learningRate: 0.1 }, expected: [[0.95, 1.1], [0.85, 1.075], [0.9, 0.875]] },
  { name: 'Momentum', attrs: { optimizer: 'Momentum', learningRate: 0.1, momentum: 0.9 }, expected: [[0.95, 1.1], [0.805, 1.165], [0.7245, 1.0235]] },
  { name: 'Momentum (Nesterov)', attrs: { optimizer: 'Momentum', learningRate: 0.1, momentum: 0.9, useNesterov: true }, expected: [[0.905, 1.19], [0.6745, 1.2235], [0.65205, 0.89615]] },
  { name: 'Adagrad', attrs: { optimizer: 'Adagrad', learningRate: 0.1 }, expected: [[0.915484575, 1.09534626], [0.829418278, 1.07215931], [0.868946749, 0.984135545]] },
  { name: 'Adadelta', attrs: { optimizer: 'Adadelta', learningRate: 1 }, expected: [[0.999552787, 1.00044721], [0.998984251, 1.00029008], [0.999337909, 0.99971189]] },
  { name: 'RMSProp', attrs: { optimizer: 'RMSProp', learningRate: 0.1 }, expected: [[0.948012476, 1.1], [0.844456401, 1.07373871], [0.898240056, 0.892341678]] },
  {
    name: 'RMSProp (centered, momentum 0.5)',
    attrs: { optimizer: 'RMSProp', learningRate: 0.1, rmsMomentum: 0.5, centered: true },
    expected: [[0.947942079, 1.10050378], [0.817169489, 1.12443295], [0.805769628, 0.953487923]],
  },
  { name: 'Adam', attrs: { optimizer: 'Adam', learningRate: 0.1 }, expected: [[0.900000063, 1.09999997], [0.803481888, 1.14694677], [0.761472968, 1.10676432]] },
];

function applyGraph(attrs: Record<string, AttrValue>) {
  const g = new GraphBuilder();
  const w = g.add('Variable', { shape: [2], initializer: { kind: 'constant', value: 1 } }, 'w');
  const grad = g.add('Placeholder', { shape: [2] }, 'g');
  g.add('ApplyGradient', attrs, 'apply', { variable: w, gradient: grad });
  return g.doc();
}

/** w after each fed gradient, through the whole pipeline. */
async function steps(session: Session): Promise<number[][]> {
  const out: number[][] = [];
  for (const g of GRADIENTS) out.push((await session.runValues(['apply'], { g }))[0] as number[]);
  return out;
}

function expectClose(actual: number[][], expected: number[][], tolerance: number) {
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j]), `step ${i + 1}, element ${j}: ${v} vs ${expected[i][j]}`).toBeLessThan(tolerance)));
}

describe('ApplyGradient update rules', () => {
  for (const c of CASES) {
    it(`${c.name} matches TF1's formulas on three steps`, async () => {
      const s = new Session(applyGraph(c.attrs), { backend: tf.getBackend() });
      expectClose(await steps(s), c.expected, 2e-6);
      // The variable itself holds the last update.
      expectClose([(await s.runValues(['w']))[0] as number[]], [c.expected[2]], 2e-6);
      s.dispose();
    });
  }

  it('keeps optimizer state per session and clears it on reset', async () => {
    const s = new Session(applyGraph({ optimizer: 'Momentum', learningRate: 0.1 }), { backend: tf.getBackend() });
    const first = await steps(s);
    s.reset();
    expect(await steps(s)).toEqual(first);
    s.dispose();
  });

  // tfjs's optimizers follow TF1 for these; Adagrad and Adam differ only in where a tiny epsilon goes.
  const tfjsOptimizers: [string, Record<string, AttrValue>, () => tf.Optimizer][] = [
    ['GradientDescent', { optimizer: 'GradientDescent', learningRate: 0.1 }, () => tf.train.sgd(0.1)],
    ['Momentum', { optimizer: 'Momentum', learningRate: 0.1, momentum: 0.9 }, () => tf.train.momentum(0.1, 0.9)],
    ['Nesterov', { optimizer: 'Momentum', learningRate: 0.1, momentum: 0.9, useNesterov: true }, () => tf.train.momentum(0.1, 0.9, true)],
    ['Adagrad', { optimizer: 'Adagrad', learningRate: 0.1 }, () => tf.train.adagrad(0.1, 0.1)],
    ['Adam', { optimizer: 'Adam', learningRate: 0.1 }, () => tf.train.adam(0.1, 0.9, 0.999, 1e-8)],
  ];
  for (const [name, attrs, make] of tfjsOptimizers) {
    it(`${name} agrees with tfjs's optimizer`, async () => {
      const s = new Session(applyGraph(attrs), { backend: tf.getBackend() });
      const ours = await steps(s);
      s.dispose();
      const optimizer = make();
      const w = tf.variable(tf.ones([2]), true);
      const theirs: number[][] = [];
      for (const g of GRADIENTS) {
        const grad = tf.tensor1d(g);
        optimizer.applyGradients({ [w.name]: grad });
        grad.dispose();
        theirs.push(Array.from(await w.data()));
      }
      optimizer.dispose();
      w.dispose();
      expectClose(ours, theirs, 1e-5);
    });
  }
});
