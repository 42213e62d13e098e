import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { expandSweep } from '../../core/sweep/expand.ts';
import { findTarget, numberTargetOf, parseNumbers, suggestedValues, sweepTargets } from './sweepTargets.ts';

const xor = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
const targets = sweepTargets(xor);
const byName = (t: string) => targets.find((x) => x.target === t)!;

describe('sweepTargets', () => {
  it('offers the session, the optimizer and its learning rate, and the activations as op kinds', () => {
    expect(targets.slice(0, 2).map((t) => t.target)).toEqual(['session.steps', 'session.batchSize']);
    expect(byName('train.optimizer')).toMatchObject({ kind: 'choice', current: 'GradientDescent' });
    expect(byName('train.optimizer').options).toContain('Adam');
    expect(byName('train.learningRate')).toMatchObject({ kind: 'float', current: 0.1 });
    expect(byName('layer1.op')).toMatchObject({ kind: 'choice', current: 'Sigmoid' });
    expect(byName('layer1.op').options).toEqual(expect.arrayContaining(['Sigmoid', 'Tanh', 'Relu']));
    // Shapes, dtypes and seeds are not swept.
    expect(targets.some((t) => t.target.endsWith('.shape') || t.target.endsWith('.dtype') || t.target.endsWith('.seed'))).toBe(false);
  });

  it('offers every weight matrix\'s initializer, each Variable\'s, and the hidden layer\'s width, not the output layer\'s', () => {
    expect(byName('initializer')).toMatchObject({ kind: 'choice', current: 'randomNormal', group: 'Weights', hint: 'Every weight matrix: W1, W2; biases keep theirs.' });
    expect(byName('initializer').options).toEqual(expect.arrayContaining(['zeros', 'randomNormal', 'glorotUniform', 'heNormal']));
    expect(byName('b1.initializer')).toMatchObject({ kind: 'choice', current: 'randomNormal' });
    expect(byName('W1.units')).toMatchObject({ kind: 'int', current: 2, group: 'W1', hint: 'Changes W1[1], b1[0], W2[0] together.' });
    expect(targets.filter((t) => t.target.endsWith('.units')).map((t) => t.target)).toEqual(['W1.units']);
    expect(suggestedValues(byName('initializer'))).toEqual(['randomNormal', 'glorotUniform']);
    expect(suggestedValues(byName('W1.units'))).toEqual([1, 2, 4]);
  });

  it('names a scope\'s layer width by its scope, as mnist-nn\'s layer1 and layer2', () => {
    const mnist = sweepTargets(loadDocumentText(readFileSync('samples/mnist-nn.flow.json', 'utf8')).document!);
    expect(mnist.filter((t) => t.target.endsWith('.units')).map((t) => [t.target, t.current])).toEqual([['layer1.units', 256], ['layer2.units', 256]]);
  });

  it('suggests values every target expands with', () => {
    for (const t of targets) {
      const r = expandSweep(xor, { axes: [{ target: t.target, values: suggestedValues(t) }], seeds: 1 });
      expect(r.ok ? 'ok' : `${t.target}: ${r.message}`).toBe('ok');
    }
    expect(suggestedValues(byName('train.learningRate'))).toEqual([0.01, 0.1, 1]);
    expect(suggestedValues(byName('train.optimizer'))).toEqual(['GradientDescent', 'Adam']);
  });

  it('finds an axis named as the CLI names it, by a bare name one target has', () => {
    expect(findTarget(targets, 'optimizer')?.target).toBe('train.optimizer');
    expect(findTarget(targets, 'steps')?.target).toBe('session.steps');
    expect(findTarget(targets, 'session.batchSize')?.target).toBe('session.batchSize');
    // A name several nodes have (each activation's op) is not one target.
    expect(findTarget(targets, 'op')).toBeUndefined();
    expect(findTarget(targets, 'nosuch.optimizer')).toBeUndefined();
  });

  it('parses typed numbers and says which one is wrong', () => {
    expect(parseNumbers(byName('train.learningRate'), '0.01, 0.1 1')).toEqual([0.01, 0.1, 1]);
    expect(parseNumbers(byName('session.batchSize'), '2, 2.5')).toBe('"2.5" is not a whole number');
    expect(parseNumbers(byName('train.learningRate'), 'fast')).toBe('"fast" is not a number');
    expect(parseNumbers(byName('train.learningRate'), ' ')).toBe('give at least one value');
    // An axis under a name not in the list (the CLI's layer1.units) takes numbers of the kind it holds.
    expect(parseNumbers(numberTargetOf([2, 16])!, '2, 4.5')).toBe('"4.5" is not a whole number');
    expect(parseNumbers(numberTargetOf([0.1])!, '0.5')).toEqual([0.5]);
    expect(numberTargetOf(['Adam'])).toBeUndefined();
  });
});
