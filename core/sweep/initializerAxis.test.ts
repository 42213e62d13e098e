import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../graph/load.ts';
import { expandSweep } from './expand.ts';

const load = (name: string) => loadDocumentText(readFileSync(`samples/${name}.flow.json`, 'utf8')).document!;
const mnistNn = load('mnist-nn');
const initOf = (doc: typeof mnistNn, name: string) => doc.nodes.find((n) => n.name === name)!.attrs.initializer;

describe('the initializer axis', () => {
  it('varies every weight matrix by the bare name, as mnist-nn vs mnist-xavier differ, biases untouched', () => {
    const r = expandSweep(mnistNn, { axes: [{ target: 'initializer', values: ['randomNormal', 'glorotUniform'] }], seeds: 2 });
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.map((s) => s.label)).toEqual(['initializer=randomNormal', 'initializer=glorotUniform']);
    const [normal, xavier] = r.settings.map((s) => s.document);
    // randomNormal is what the Variables have: their own parameters are kept.
    expect(initOf(normal, 'layer2/W')).toEqual({ kind: 'randomNormal', mean: 0, stddev: 1 });
    // The Xavier setting is the mnist-xavier sample's Variables exactly.
    const sample = load('mnist-xavier');
    for (const n of sample.nodes.filter((x) => x.op === 'Variable')) expect(initOf(xavier, n.name)).toEqual(n.attrs.initializer);
    expect(r.runs).toHaveLength(4);
    expect(initOf(mnistNn, 'layer1/W')).toEqual({ kind: 'randomNormal', mean: 0, stddev: 1 });
  });

  it('varies one Variable by NODE.initializer, taking a kind\'s defaults and keeping an op seed', () => {
    const seeded = { ...mnistNn, nodes: mnistNn.nodes.map((n) => (n.name === 'layer1/b' ? { ...n, attrs: { ...n.attrs, initializer: { kind: 'randomNormal', mean: 0, stddev: 1, seed: 5 } } } : n)) };
    const r = expandSweep(seeded, { axes: [{ target: 'layer1/b.initializer', values: ['zeros', 'heUniform', 'truncatedNormal'] }], seeds: 1 });
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.map((s) => initOf(s.document, 'layer1/b'))).toEqual([{ kind: 'zeros' }, { kind: 'heUniform', seed: 5 }, { kind: 'truncatedNormal', mean: 0, stddev: 1, seed: 5 }]);
    expect(initOf(r.settings[0].document, 'layer1/W')).toEqual(initOf(mnistNn, 'layer1/W'));
  });

  it.each([
    [{ target: 'initializer', values: ['xavier'] }, /takes initializer kinds \(zeros, ones, randomNormal.*got "xavier"/],
    [{ target: 'layer1/W.initializer', values: [{ kind: 'zeros' }] }, /takes initializer kinds/],
    [{ target: 'layer1/W.initializer', values: ['constant'] }, /takes initializer kinds/],
  ])('refuses %j', (axis, message) => {
    const r = expandSweep(mnistNn, { axes: [axis], seeds: 1 });
    expect(r.ok ? 'ok' : r.message).toMatch(message);
  });

  it('asks which Variable in a graph without weight matrices, and varies the one named', () => {
    const linear = load('linear-regression');
    const bare = expandSweep(linear, { axes: [{ target: 'initializer', values: ['zeros'] }], seeds: 1 });
    expect(bare.ok ? 'ok' : bare.message).toMatch(/2 nodes have "initializer" \(W, b\); name one as NODE.initializer/);
    const one = expandSweep(linear, { axes: [{ target: 'W.initializer', values: ['zeros', 'ones'] }], seeds: 1 });
    expect(one.ok && one.settings.map((s) => initOf(s.document, 'W'))).toEqual([{ kind: 'zeros' }, { kind: 'ones' }]);
  });
});
