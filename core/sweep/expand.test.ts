import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../graph/load.ts';
import { expandSweep } from './expand.ts';

const xor = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
const node = (doc: typeof xor, name: string) => doc.nodes.find((n) => n.name === name)!;

describe('expandSweep', () => {
  it('makes one variant per value and one run per seed, seeds innermost', () => {
    const r = expandSweep(xor, { axes: [{ target: 'optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.map((s) => s.label)).toEqual(['optimizer=GradientDescent', 'optimizer=Adam']);
    expect(node(r.settings[1].document, 'train').attrs.optimizer).toBe('Adam');
    expect(r.runs.map((run) => `${run.setting.label}/${run.seed}`)).toEqual([
      'optimizer=GradientDescent/1', 'optimizer=GradientDescent/2', 'optimizer=GradientDescent/3',
      'optimizer=Adam/1', 'optimizer=Adam/2', 'optimizer=Adam/3',
    ]);
    // The document itself is untouched.
    expect(node(xor, 'train').attrs.optimizer).toBe('GradientDescent');
  });

  it('crosses two axes (first slowest) over node attributes, op kinds and session settings', () => {
    const r = expandSweep(xor, { axes: [{ target: 'layer1.op', values: ['Sigmoid', 'Relu'] }, { target: 'session.batchSize', values: [2, 4] }], seeds: 1, firstSeed: 7 });
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.map((s) => s.label)).toEqual(['layer1.op=Sigmoid, session.batchSize=2', 'layer1.op=Sigmoid, session.batchSize=4', 'layer1.op=Relu, session.batchSize=2', 'layer1.op=Relu, session.batchSize=4']);
    expect(node(r.settings[3].document, 'layer1').op).toBe('Relu');
    expect(r.settings[3].document.session?.batchSize).toBe(4);
    expect(r.runs.map((run) => run.seed)).toEqual([7, 7, 7, 7]);
  });

  it('names the node attribute by NODE.ATTR', () => {
    const r = expandSweep(xor, { axes: [{ target: 'train.learningRate', values: [0.01, 1] }], seeds: 1 });
    expect(r.ok && node(r.settings[1].document, 'train').attrs.learningRate).toBe(1);
  });

  it('rewires NODE.INPUT to the named node\'s first output', () => {
    const r = expandSweep(xor, { axes: [{ target: 'MatMul_1.a', values: ['layer1', 'add'] }], seeds: 1 });
    if (!r.ok) throw new Error(r.message);
    const into = (doc: typeof xor) => doc.edges.filter((e) => e.target === node(xor, 'MatMul_1').id && e.targetInput === 'a').map((e) => [e.source, e.sourceOutput]);
    expect(into(r.settings[0].document)).toEqual([[node(xor, 'layer1').id, 'y']]);
    expect(into(r.settings[1].document)).toEqual([[node(xor, 'add').id, 'z']]);
    expect(r.settings[1].label).toBe('MatMul_1.a=add');
    // The rest of the graph and the document itself are untouched.
    expect(r.settings[1].document.edges.length).toBe(xor.edges.length);
    expect(into(xor)).toEqual([[node(xor, 'layer1').id, 'y']]);
  });

  it.each([
    [{ axes: [{ target: 'MatMul_1.a', values: ['nosuch'] }], seeds: 1 }, /no node named "nosuch"/],
    [{ axes: [{ target: 'MatMul_1.a', values: [2] }], seeds: 1 }, /names of nodes/],
    [{ axes: [{ target: 'MatMul_1.a', values: ['MatMul_1'] }], seeds: 1 }, /cannot feed itself/],
    [{ axes: [{ target: 'nosuch.lr', values: [1] }], seeds: 1 }, /no node named "nosuch"/],
    [{ axes: [{ target: 'shape', values: [[1]] }], seeds: 1 }, /nodes have "shape"/],
    [{ axes: [{ target: 'momentumz', values: [1] }], seeds: 1 }, /no node has an attribute "momentumz"/],
    [{ axes: [{ target: 'steps', values: [0.5] }], seeds: 1 }, /whole numbers/],
    [{ axes: [{ target: 'optimizer', values: ['Adam', 'Adam'] }], seeds: 1 }, /twice/],
    [{ axes: [], seeds: 1 }, /one or two axes/],
    [{ axes: [{ target: 'optimizer', values: ['Adam'] }], seeds: 0 }, /seeds must be/],
    [{ axes: [{ target: 'optimizer', values: ['Adam'] }, { target: 'optimizer', values: ['Adam'] }], seeds: 1 }, /both axes/],
    [{ axes: [{ target: 'layer1.op', values: [3] }], seeds: 1 }, /op kinds/],
  ])('refuses %j with a reason', (sweep, message) => {
    const r = expandSweep(xor, sweep);
    expect(r.ok ? 'ok' : r.message).toMatch(message);
  });
});
