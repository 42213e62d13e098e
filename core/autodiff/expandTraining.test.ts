import { describe, expect, it } from 'vitest';
import { analyze } from '../graph/analyze.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { linearRegression, ONE_TWO_THREE } from '../../test/trainingGraphs.ts';
import { expandTraining } from './expandTraining.ts';

describe('expandTraining', () => {
  it('adds one TF1-named update per variable, wired into the Minimize, and the result analyzes cleanly', () => {
    const { g, w, b, train } = linearRegression(ONE_TWO_THREE, { optimizer: 'Adam', learningRate: 0.001 });
    const doc = g.doc();
    const t = expandTraining(doc, train.id);
    const analysis = analyze(t.doc);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...t.gradients.keys()]).toEqual([w.id, b.id]);
    const updates = [...t.updates.values()].map((id) => analysis.index.nodes.get(id)!.node);
    expect(updates.map((n) => n.name)).toEqual(['train/update_W/ApplyAdam', 'train/update_b/ApplyAdam']);
    expect(updates[0].attrs).toEqual({ optimizer: 'Adam', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    const minimize = analysis.index.nodes.get(train.id)!;
    expect(minimize.inputs.slice(1).map((r) => r!.node)).toEqual([...t.updates.values()]);
    for (const [variable, update] of t.updates) {
      const inputs = analysis.index.nodes.get(update)!.inputs;
      expect(inputs).toEqual([{ node: variable, output: 'value' }, t.gradients.get(variable)]);
    }
    expect(analysis.types.get(train.id)).toEqual([{ dtype: 'float32', shape: [] }]);
    // The document it was given is untouched.
    expect(doc.nodes).toHaveLength(g.nodes.length);
  });

  it('trains only trainable variables, and names the Minimize when there is nothing to train', () => {
    const frozen = linearRegression(ONE_TWO_THREE);
    frozen.g.nodes.find((n) => n.id === frozen.b.id)!.attrs.trainable = false;
    expect([...expandTraining(frozen.g.doc(), frozen.train.id).updates.keys()]).toEqual([frozen.w.id]);
    frozen.g.nodes.find((n) => n.id === frozen.w.id)!.attrs.trainable = false;
    expect(() => expandTraining(frozen.g.doc(), frozen.train.id)).toThrow('Minimize "train" has nothing to train: its loss "cost" depends on no trainable Variable');
  });

  it('explains a loss that reaches its variables only through ops without gradients', () => {
    const g = new GraphBuilder();
    const w = g.add('Variable', { shape: [3] }, 'W');
    const idx = g.add('ArgMax', {}, 'argmax', { x: w });
    const f = g.add('Cast', { dtype: 'float32' }, 'asFloat', { x: idx });
    const train = g.add('Minimize', {}, 'train', { loss: f });
    expect(() => expandTraining(g.doc(), train.id)).toThrow(/Minimize "train" gets no gradient for any variable[\s\S]*Variable "W" gets no gradient/);
  });

  it('rejects what is not a trainable Minimize', () => {
    const { g, cost, train } = linearRegression(ONE_TWO_THREE);
    expect(() => expandTraining(g.doc(), cost.id)).toThrow(`cannot train "${cost.id}": it is a ReduceMean, not a Minimize`);
    expect(() => expandTraining(g.doc(), 'nope')).toThrow('no such node');
    const expanded = expandTraining(g.doc(), train.id).doc;
    expect(() => expandTraining(expanded, train.id)).toThrow('Minimize "train" is already expanded');
    const bad = new GraphBuilder();
    const m = bad.add('Minimize', { learningRate: -1 }, 'train');
    expect(() => expandTraining(bad.doc(), m.id)).toThrow(/Minimize "train" cannot train:\n.*\[train\] Minimize "train": attribute learningRate must be greater than 0/);
    expect(() => expandTraining(bad.doc(), m.id)).toThrow(/has nothing connected to input "loss"/);
  });
});
