import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { expandSweep } from '../../core/sweep/expand.ts';
import { findTarget, parseNumbers, suggestedValues, sweepTargets } from './sweepTargets.ts';

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
  });
});
