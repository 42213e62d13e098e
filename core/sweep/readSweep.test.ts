import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../graph/load.ts';
import { saveDocument } from '../graph/save.ts';
import type { Diagnostic } from '../graph/diagnostics.ts';
import { readSweep } from './readSweep.ts';

describe('readSweep', () => {
  it('keeps a well-formed sweep, and a document keeps it through save and load', () => {
    const sweep = { axes: [{ target: 'optimizer', values: ['GradientDescent', 'Adam'] }], seeds: 3, firstSeed: 4 };
    const out: Diagnostic[] = [];
    expect(readSweep(sweep, out)).toEqual(sweep);
    expect(out).toEqual([]);
    const doc = { format: 'flowboard.graph', version: 1, meta: { title: 't' }, nodes: [], edges: [], session: { fetches: [], feeds: {}, sweep } };
    const loaded = loadDocumentText(saveDocument(loadDocumentText(JSON.stringify(doc)).document!));
    expect(loaded.document?.session?.sweep).toEqual(sweep);
  });

  it('keeps initializer and layer width axes', () => {
    const sweep = { axes: [{ target: 'initializer', values: ['randomNormal', 'glorotUniform'] }, { target: 'layer1.units', values: [2, 16] }], seeds: 2 };
    const out: Diagnostic[] = [];
    expect(readSweep(sweep, out)).toEqual(sweep);
    expect(out).toEqual([]);
  });

  it.each([
    [[], /not an object/],
    [{ axes: [{ target: 'x', values: [1] }], seeds: 0 }, /seeds/],
    [{ axes: [{ target: 'x', values: [{ a: 1 }] }], seeds: 1 }, /numbers, words/],
    [{ axes: [{ target: 'x', values: [1] }], seeds: 1, extra: 1 }, /unknown field "extra"/],
    [{ axes: [1], seeds: 1 }, /not \{"target"/],
    [{ axes: [{ target: 'initializer', values: ['glorotUniform', 'xavier'] }], seeds: 1 }, /axis initializer takes initializer kinds .* got "xavier"/],
    [{ axes: [{ target: 'layer1/W.initializer', values: [3] }], seeds: 1 }, /takes initializer kinds/],
    [{ axes: [{ target: 'layer1.units', values: [4, 0] }], seeds: 1 }, /whole numbers of units/],
  ])('drops %j with a diagnostic', (raw, message) => {
    const out: Diagnostic[] = [];
    expect(readSweep(raw, out)).toBeUndefined();
    expect(out[0].message).toMatch(message);
  });
});
