import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../graph/analyze.ts';
import { loadDocumentText } from '../graph/load.ts';
import { expandSweep } from './expand.ts';
import { layerWidth } from './layerWidth.ts';

const load = (name: string) => loadDocumentText(readFileSync(`samples/${name}.flow.json`, 'utf8')).document!;
const xor = load('xor-nn');
const mnistNn = load('mnist-nn');
const shapeOf = (doc: typeof xor, name: string) => doc.nodes.find((n) => n.name === name)!.attrs.shape;
const named = (doc: typeof xor, r: ReturnType<typeof layerWidth>) => (typeof r === 'string' ? r : r.dims.map((d) => `${doc.nodes.find((n) => n.id === d.id)!.name}[${d.axis}]`).sort());

describe('layerWidth', () => {
  it('finds the W columns, the bias and the next W rows of xor-nn\'s hidden layer, not W1\'s input rows (also 2)', () => {
    for (const name of ['W1', 'b1', 'layer1']) expect(named(xor, layerWidth(xor, name))).toEqual(['W1[1]', 'W2[0]', 'b1[0]']);
  });

  it('tells apart mnist-nn\'s two hidden layers of 256 by scope', () => {
    expect(named(mnistNn, layerWidth(mnistNn, 'layer1'))).toEqual(['layer1/W[1]', 'layer1/b[0]', 'layer2/W[0]']);
    expect(named(mnistNn, layerWidth(mnistNn, 'layer2'))).toEqual(['layer2/W[1]', 'layer2/b[0]', 'layer3/W[0]']);
  });

  it('finds one layer\'s ties among ten layers all 5 wide (27 dimensions equal 5)', () => {
    const deep = load('vanishing-gradient-sigmoid');
    expect(named(deep, layerWidth(deep, 'layer5'))).toEqual(['layer5/W[1]', 'layer5/b[0]', 'layer6/W[0]']);
  });

  it.each([
    ['W2', /W2 has width 1, and a 1 broadcasts against any width/],
    ['layer3', /layer3\/W's width 10 is tied/],
    ['nosuch', /no node or name scope "nosuch"/],
  ])('refuses %s, naming why', (name, message) => {
    expect(layerWidth(name.startsWith('layer') ? mnistNn : xor, name)).toMatch(message);
  });
});

describe('the layer width axis', () => {
  it('makes one valid graph per width, every tied shape following', () => {
    const r = expandSweep(xor, { axes: [{ target: 'layer1.units', values: [2, 4, 8, 16] }], seeds: 1 });
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.map((s) => s.label)).toEqual(['layer1.units=2', 'layer1.units=4', 'layer1.units=8', 'layer1.units=16']);
    const wide = r.settings[3].document;
    expect([shapeOf(wide, 'W1'), shapeOf(wide, 'b1'), shapeOf(wide, 'W2'), shapeOf(wide, 'b2')]).toEqual([[2, 16], [16], [16, 1], [1]]);
    for (const s of r.settings) expect(analyze(s.document).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(shapeOf(xor, 'W1')).toEqual([2, 2]);
  });

  it('crosses with another axis', () => {
    const r = expandSweep(mnistNn, { axes: [{ target: 'layer2.units', values: [32, 64] }, { target: 'initializer', values: ['glorotUniform'] }], seeds: 1 });
    if (!r.ok) throw new Error(r.message);
    expect(shapeOf(r.settings[1].document, 'layer3/W')).toEqual([64, 10]);
    expect(r.settings[1].document.nodes.find((n) => n.name === 'layer3/W')!.attrs.initializer).toEqual({ kind: 'glorotUniform' });
  });

  it.each([
    [[0], /whole numbers of units of at least 1, got 0/],
    [[2.5], /got 2.5/],
    [['wide'], /got "wide"/],
  ])('refuses widths %j', (values, message) => {
    const r = expandSweep(xor, { axes: [{ target: 'W1.units', values }], seeds: 1 });
    expect(r.ok ? 'ok' : r.message).toMatch(message);
  });
});
