import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { hasErrors } from './diagnostics.ts';
import { FORMAT_ID, FORMAT_VERSION } from './document.ts';
import { loadDocumentText, parseDocument } from './load.ts';
import { saveDocument } from './save.ts';

function dense() {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
  const w = g.add('Variable', { shape: [3, 2], initializer: { kind: 'glorotUniform' } }, 'layer1/W');
  const b = g.add('Variable', { shape: [2], initializer: { kind: 'zeros' } }, 'layer1/b');
  const h = g.add('MatMul', {}, 'layer1/h', { a: x, b: w });
  const y = g.add('Add', {}, 'layer1/y', { x: h, y: b });
  g.session = { fetches: [{ node: y.id, role: 'prediction' }], feeds: { [x.id]: { kind: 'inline', value: [[1, 2, 3]] } }, steps: 10, seed: 7 };
  return g.doc('dense');
}

const base = { format: FORMAT_ID, version: FORMAT_VERSION, meta: { title: 't' } };
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('parseDocument', () => {
  it('loads a valid document as it is, with its analysis', () => {
    const doc = dense();
    const r = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(r.diagnostics).toEqual([]);
    expect(r.document).toEqual(doc);
    expect(r.analysis?.types.get('n4')).toEqual([{ dtype: 'float32', shape: [null, 2] }]);
  });

  it('fills missing optional fields with defaults, silently', () => {
    const r = parseDocument({ format: FORMAT_ID, version: FORMAT_VERSION, nodes: [{ id: 'n1', op: 'Constant' }] });
    expect(r.document).toEqual({ ...base, meta: { title: 'Untitled' }, nodes: [{ id: 'n1', op: 'Constant', name: 'n1', attrs: {}, position: { x: 0, y: 0 } }], edges: [] });
    expect(r.diagnostics).toEqual([]);
  });

  it('drops only the malformed nodes and edges, reporting each by name', () => {
    const doc = JSON.parse(JSON.stringify(dense()));
    doc.nodes.splice(1, 0, 42, { id: 'n9', name: 'orphan' }, { op: 'Relu', name: 'nameless' });
    doc.edges.push({ id: 'e9', source: 'n0', target: 'n3', targetInput: 'a' }, 'wire');
    const r = parseDocument(doc);
    expect(r.document?.nodes.map((n) => n.name)).toEqual(['X', 'layer1/W', 'layer1/b', 'layer1/h', 'layer1/y']);
    expect(r.document?.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'nodes[1] is 42, not a node object: it was dropped',
      'node "orphan" has no op (got nothing): it was dropped',
      'node "nameless" has no id (got nothing): it was dropped',
      'edge "e9" into node "n3" has no sourceOutput (got nothing): it was dropped',
      'edges[5] is "wire", not an edge object: it was dropped',
    ]);
    expect(r.diagnostics[1]).toMatchObject({ code: 'BAD_FIELD', severity: 'error', nodeId: 'n9' });
    expect(r.diagnostics[3]).toMatchObject({ nodeId: 'n3', edgeId: 'e9' });
  });

  it('replaces bad optional values with defaults and warns', () => {
    const r = parseDocument({ ...base, meta: { title: 3, lesson: 'hi' }, nodes: [{ id: 'n1', op: 'Constant', name: 7, position: { x: 'left', y: 0 } }], extra: true });
    expect(r.document?.meta).toEqual({ title: 'Untitled', lesson: 'hi' });
    expect(r.document?.nodes[0]).toMatchObject({ name: 'n1', position: { x: 0, y: 0 } });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['BAD_FIELD', 'warning'],
      ['BAD_FIELD', 'warning'],
      ['BAD_FIELD', 'warning'],
      ['BAD_FIELD', 'warning'],
    ]);
    expect(r.diagnostics.map((d) => d.message)).toContain('the document has an unknown field "extra": it was ignored');
  });

  it('reads a session, dropping each malformed entry', () => {
    const doc = JSON.parse(JSON.stringify(dense()));
    doc.session.fetches.push({ node: 'n3', role: 'vibes' }, { node: 'n3', role: 'metric', label: 'h' });
    doc.session.feeds.n9 = { kind: 'inline', value: [[1], [2, 3]] };
    doc.session.evalFeeds = { n0: { kind: 'dataset', name: 'mnist', split: 'test', field: 'images' }, n1: { kind: 'dataset', name: 'mnist', split: 'valid', field: 'images' } };
    doc.session.epochs = 0;
    const r = parseDocument(doc);
    expect(r.document?.session).toEqual({
      fetches: [{ node: 'n4', role: 'prediction' }, { node: 'n3', role: 'metric', label: 'h' }],
      feeds: { n0: { kind: 'inline', value: [[1, 2, 3]] } },
      evalFeeds: { n0: { kind: 'dataset', name: 'mnist', split: 'test', field: 'images' } },
      steps: 10,
      seed: 7,
    });
    expect(r.diagnostics.filter((d) => d.code === 'BAD_FIELD').map((d) => d.message)).toEqual([
      'session.fetches[1] (node "n3") has role "vibes"; use one of loss, accuracy, metric, prediction: it was dropped',
      'session.feeds for node "n9" has an inline value that is not a number, true/false, or a rectangular nested list of finite numbers: it was dropped',
      'session.evalFeeds for node "n1" has split "valid"; use train, test, train-55k, validation-5k: it was dropped',
      'session.epochs must be a whole number of at least 1, got 0: it was dropped',
    ]);
  });

  it('reads kept CSV files and one-hot csv bindings, dropping malformed ones', () => {
    const doc = JSON.parse(JSON.stringify(dense()));
    doc.session.files = { 'iris.csv': 'x,label\n1,a\n', 'bad.csv': 3 };
    doc.session.feeds = {
      n0: { kind: 'csv', path: 'iris.csv', columns: ['label'], oneHot: ['a', 'b'] },
      n1: { kind: 'csv', path: 'iris.csv', columns: ['x', 'label'], oneHot: ['a'] },
      n2: { kind: 'csv', path: 'iris.csv', columns: ['label'], oneHot: ['a', 'a'] },
    };
    const r = parseDocument(doc);
    expect(r.document?.session?.files).toEqual({ 'iris.csv': 'x,label\n1,a\n' });
    expect(r.document?.session?.feeds).toEqual({ n0: { kind: 'csv', path: 'iris.csv', columns: ['label'], oneHot: ['a', 'b'] } });
    expect(r.diagnostics.filter((d) => d.code === 'BAD_FIELD').map((d) => d.message)).toEqual([
      'session.feeds for node "n1" has oneHot classes for 2 columns; one-hot encodes exactly one label column: it was dropped',
      'session.feeds for node "n2" has oneHot classes that repeat; name each class once: it was dropped',
      'session.files["bad.csv"] must be the file\'s text, got 3: it was dropped',
    ]);
  });

  it('reads a key holding undefined as absent, as JSON would', () => {
    const doc = dense();
    doc.meta.description = undefined;
    doc.session!.evalFeeds = undefined;
    doc.nodes[1].attrs.initializer = { kind: 'zeros', stddev: undefined } as never;
    const r = parseDocument(doc);
    expect(r.diagnostics).toEqual([]);
    expect(r.document?.nodes[1].attrs.initializer).toEqual({ kind: 'zeros' });
  });

  it('does not keep references into the input', () => {
    const input = JSON.parse(JSON.stringify(dense()));
    const r = parseDocument(input);
    input.nodes[0].attrs.shape.push(5);
    input.session.feeds.n0.value[0][0] = 99;
    expect(r.document).toEqual(dense());
  });
});

describe('hostile input', () => {
  it('stores "__proto__" keys as data and never touches a prototype', () => {
    const text = `{"format": "${FORMAT_ID}", "version": 1, "__proto__": {"polluted": 1}, "nodes": [{"id": "__proto__", "op": "Placeholder", "name": "p", "attrs": {"__proto__": {"polluted": 2}, "shape": [null]}}],
      "session": {"fetches": [], "feeds": {"__proto__": {"kind": "inline", "value": [1]}}}}`;
    const r = loadDocumentText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const node = r.document!.nodes[0];
    expect(Object.getPrototypeOf(node.attrs)).toBe(Object.prototype);
    expect(Object.keys(node.attrs).sort()).toEqual(['__proto__', 'shape']);
    expect(Object.keys(r.document!.session!.feeds)).toEqual(['__proto__']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'the document has an unknown field "__proto__": it was ignored',
      'Placeholder "p": attribute __proto__ unknown attribute "__proto__"',
    ]);
    expect(saveDocument(loadDocumentText(saveDocument(r.document!)).document!)).toBe(saveDocument(r.document!));
  });

  it('refuses non-finite numbers: 1e400 reads as Infinity', () => {
    const r = loadDocumentText(`{"format": "${FORMAT_ID}", "version": 1, "nodes": [{"id": "c", "op": "Constant", "attrs": {"value": [1, 1e400]}, "position": {"x": 1e400, "y": 0}}]}`);
    expect(r.document?.nodes[0]).toMatchObject({ attrs: {}, position: { x: 0, y: 0 } });
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'node "c": attribute value was dropped because Infinity is not a finite number',
      'node "c" has a bad position (an object); it was placed at 0,0',
    ]);
    expect(parseDocument({ ...base, version: Number.NaN }).diagnostics.map((d) => d.code)).toEqual(['BAD_FIELD']);
  });

  it('survives very deep nesting anywhere, with bounded work', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(codes(loadDocumentText(deep))).toEqual(['NOT_A_DOCUMENT']);
    const inAttr = loadDocumentText(`{"format": "${FORMAT_ID}", "version": 1, "nodes": [{"id": "c", "op": "Constant", "attrs": {"value": ${deep}}}]}`);
    expect(inAttr.diagnostics[0].message).toBe('node "c": attribute value was dropped because it is nested deeper than 32 levels');
    const inFeed = loadDocumentText(`{"format": "${FORMAT_ID}", "version": 1, "session": {"fetches": [], "feeds": {"x": {"kind": "inline", "value": ${deep}}}}}`);
    expect(codes(inFeed)).toEqual(['BAD_FIELD']);
  });

  it('handles a huge string and shortens it in messages', () => {
    const huge = 'x'.repeat(5_000_000);
    const r = parseDocument({ ...base, nodes: [{ id: 'n1', op: huge, name: 'big' }] });
    expect(r.document?.nodes[0].op.length).toBe(5_000_000);
    expect(r.diagnostics[0].message.length).toBeLessThan(200);
  });

  it('refuses what is not a graph document, saying what it is', () => {
    expect(loadDocumentText('{"format": ').diagnostics[0].message).toMatch(/^the file is not valid JSON: .*JSON/);
    expect(parseDocument(null).diagnostics[0].message).toBe('this is null, not a Flowboard graph (a JSON object)');
    expect(parseDocument({ nodes: [] }).diagnostics[0].code).toBe('NOT_A_DOCUMENT');
    expect(parseDocument({ format: 7 }).diagnostics[0].code).toBe('UNKNOWN_FORMAT');
    expect(parseDocument(new Date()).document).toBeUndefined();
    for (const r of [loadDocumentText(''), parseDocument(undefined), parseDocument('flow')]) expect(r.document).toBeUndefined();
  });

  it('accepts a byte-order mark', () => {
    expect(hasErrors(loadDocumentText(`\uFEFF${saveDocument(dense())}`).diagnostics)).toBe(false);
  });
});
