import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { checkDocumentJson, checkDocumentText } from './documentCheck.ts';

const graph = (nodes: object[], edges: object[] = []) => JSON.stringify({ format: 'flowboard.graph', version: 1, meta: { title: 'T' }, nodes, edges });

describe('whether a document may be opened', () => {
  it('opens a valid document, keeping graph errors for the canvas to show', () => {
    const text = graph([{ id: 'n1', name: 'm', op: 'MatMul', position: { x: 0, y: 0 } }]);
    const d = checkDocumentText(text, 'm.flow.json', 'file');
    expect(d.kind).toBe('opened');
    expect(d.kind === 'opened' && d.diagnostics.map((x) => x.code)).toContain('MISSING_INPUT');
  });

  it('refuses what the loader cannot make a document of', () => {
    expect(checkDocumentText('[1, 2', 'a.json', 'file')).toMatchObject({ kind: 'failed', message: 'It is not a Flowboard graph that this version can open.', diagnostics: [{ code: 'NOT_A_DOCUMENT' }] });
    expect(checkDocumentJson({ format: 'other' }, 'b', 'sample')).toMatchObject({ kind: 'failed', diagnostics: [{ code: 'UNKNOWN_FORMAT' }] });
  });

  it('refuses a damaged graph, naming the nodes involved', () => {
    const text = graph([{ id: 'n1', name: 'a', op: 'Relu' }, { id: 'n2', name: 'b', op: 'Frobnicate' }], [{ id: 'e1', source: 'n9', sourceOutput: 'y', target: 'n1', targetInput: 'x' }]);
    const d = checkDocumentText(text, 'd.flow.json', 'file');
    expect(d.kind === 'failed' && d.diagnostics.map((x) => [x.code, x.nodeName])).toEqual([
      ['UNKNOWN_OP', 'b'],
      ['DANGLING_EDGE', 'a'],
    ]);
    expect(d.kind === 'failed' && d.message).toBe('The graph is damaged: 2 problems must be repaired before it can be edited.');
  });

  it('opens a document with only ignored fields, reporting them', () => {
    const doc = JSON.parse(saveDocument(emptyDocument('E')));
    const d = checkDocumentJson({ ...doc, extra: 1 }, 'e', 'sample');
    expect(d).toMatchObject({ kind: 'opened', diagnostics: [{ code: 'BAD_FIELD', severity: 'warning' }] });
  });

  it('opens a document whose image summary has a label or count the panel refuses, mended; an entry naming no node is damage', () => {
    const x = { id: 'n1', name: 'x', op: 'Placeholder', attrs: { shape: [null, 28, 28, 1] }, position: { x: 0, y: 0 } };
    const withImages = (images: object[]) => JSON.stringify({ ...JSON.parse(graph([x])), session: { fetches: [], feeds: {}, images } });
    const d = checkDocumentText(withImages([{ node: 'n1', label: 'my digits' }]), 'i.flow.json', 'file');
    expect(d.kind === 'opened' && d.document.session?.images).toEqual([{ node: 'n1', label: 'my_digits' }]);
    const count = checkDocumentText(withImages([{ node: 'n1', maxOutputs: 'three' }]), 'i.flow.json', 'file');
    expect(count.kind === 'opened' && count.document.session?.images).toEqual([{ node: 'n1' }]);
    expect(checkDocumentText(withImages([{ label: 'digits' }]), 'i.flow.json', 'file').kind).toBe('failed');
  });

  it('marks a restored draft as edited', () => {
    expect(checkDocumentText(saveDocument(emptyDocument()), 'x', 'new', true)).toMatchObject({ kind: 'opened', edited: true });
  });
});
