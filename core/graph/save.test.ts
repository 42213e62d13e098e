import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import type { GraphDocument } from './document.ts';
import { loadDocumentText } from './load.ts';
import { canonicalOrder, saveDocument } from './save.ts';

function small(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 2] }, 'X');
  const w = g.add('Variable', { shape: [2, 1], initializer: { kind: 'randomNormal', stddev: 0.1 } }, 'W');
  g.add('MatMul', {}, 'y', { a: x, b: w });
  g.session = { fetches: [{ node: 'n2', role: 'prediction' }], feeds: { n0: { kind: 'inline', value: [[1, 2]] } } };
  return g.doc('small');
}

/** The same graph with nodes, edges and feed keys in another order. */
function shuffled(doc: GraphDocument): GraphDocument {
  const feeds = Object.fromEntries(Object.entries(doc.session?.feeds ?? {}).reverse());
  return { ...doc, nodes: [...doc.nodes].reverse(), edges: [...doc.edges].reverse(), session: doc.session && { ...doc.session, feeds } };
}

describe('saveDocument', () => {
  it('writes sorted keys, two-space indent, short values on one line and a final newline', () => {
    expect(saveDocument(small())).toBe(`{
  "edges": [
    {"id": "e0", "source": "n0", "sourceOutput": "value", "target": "n2", "targetInput": "a"},
    {"id": "e1", "source": "n1", "sourceOutput": "value", "target": "n2", "targetInput": "b"}
  ],
  "format": "flowboard.graph",
  "meta": {"title": "small"},
  "nodes": [
    {"attrs": {"shape": [null, 2]}, "id": "n0", "name": "X", "op": "Placeholder", "position": {"x": 160, "y": 0}},
    {
      "attrs": {"initializer": {"kind": "randomNormal", "stddev": 0.1}, "shape": [2, 1]},
      "id": "n1",
      "name": "W",
      "op": "Variable",
      "position": {"x": 320, "y": 0}
    },
    {"attrs": {}, "id": "n2", "name": "y", "op": "MatMul", "position": {"x": 480, "y": 0}}
  ],
  "session": {
    "feeds": {"n0": {"kind": "inline", "value": [[1, 2]]}},
    "fetches": [{"node": "n2", "role": "prediction"}]
  },
  "version": 1
}
`);
  });

  it('gives the same bytes whatever order nodes, edges and feeds are in', () => {
    const doc = small();
    doc.nodes.push({ id: 'a9', op: 'Constant', name: 'k', attrs: {}, position: { x: 0, y: 0 } });
    doc.edges.push({ id: 'e2', source: 'a9', sourceOutput: 'value', target: 'n2', targetInput: 'a' });
    doc.session!.feeds.a0 = { kind: 'csv', path: 'x.csv', columns: ['a'] };
    const text = saveDocument(doc);
    expect(saveDocument(shuffled(doc))).toBe(text);
    expect(text.indexOf('"id": "a9"')).toBeLessThan(text.indexOf('"id": "n0"'));
    // Edges sort by where they land, then by id: both into n2.a come before n2.b.
    expect([...text.matchAll(/"id": "(e\d)"/g)].map((m) => m[1])).toEqual(['e0', 'e2', 'e1']);
  });

  it('does not reorder the document it is given', () => {
    const doc = shuffled(small());
    const before = JSON.stringify(doc);
    saveDocument(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('round-trips: load(save(g)) equals g in saved order, and saving again gives the same bytes', () => {
    const doc = shuffled(small());
    const text = saveDocument(doc);
    const loaded = loadDocumentText(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.document).toEqual(canonicalOrder(doc));
    expect(saveDocument(loaded.document!)).toBe(text);
  });

  it('keeps values exactly: -0, tiny and huge numbers, and awkward strings', () => {
    const doc = small();
    doc.nodes[0].position = { x: -0, y: 5e-324 };
    doc.nodes[1].position = { x: 1.7976931348623157e308, y: -1e21 };
    doc.meta.title = 'quote " backslash \\ newline \n tab \t emoji 🙂 lone \ud800 nul \u0000';
    const text = saveDocument(doc);
    const loaded = loadDocumentText(text).document!;
    expect(Object.is(loaded.nodes[0].position.x, -0)).toBe(true);
    expect(loaded).toEqual(doc);
    expect(saveDocument(loaded)).toBe(text);
  });

  it('breaks a long list over lines so it stays readable', () => {
    const doc = small();
    doc.nodes[0].attrs.note = Array.from({ length: 50 }, (_, i) => i);
    const lines = saveDocument(doc).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(120);
    expect(lines).toContain(`${' '.repeat(10)}49`);
  });
});
