import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { analysisOf } from './analysis.ts';
import { addNode } from './commands/addNode.ts';
import { dense } from './commands/fixtures.ts';
import { createFlowStore } from './createFlowStore.ts';

describe('the flow store', () => {
  it('records only document changes in the undo history', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().openDocument(dense(), { name: 'dense', origin: 'sample' });
    s().select([s().document.nodes[0].id]);
    s().setShowGradients(true);
    s().setTheme('dark');
    s().setMeasured({ n0: { width: 10, height: 20 } });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('opening a document clears the history, the selection and drag state, and marks it saved', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    s().select(['n1']);
    s().setDragPositions({ n1: { x: 1, y: 1 } });
    const doc = dense();
    s().openDocument(doc, { name: 'dense', origin: 'sample' });
    expect(s().document).toBe(doc);
    expect(s().file).toEqual({ name: 'dense', origin: 'sample' });
    expect(s().selectedNodeIds).toEqual([]);
    expect(s().dragPositions).toEqual({});
    expect(s().savedDocument).toBe(doc);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('knows a document is dirty after an edit and clean after markSaved', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().openDocument(emptyDocument(), { name: 'x', origin: 'new' });
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    expect(s().document).not.toBe(s().savedDocument);
    s().markSaved();
    expect(s().document).toBe(s().savedDocument);
  });

  it('keeps selection lists stable when a change changes nothing', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().select(['a']);
    const before = s().selectedNodeIds;
    s().changeSelection({ nodes: { a: true, b: false } });
    expect(s().selectedNodeIds).toBe(before);
    s().changeSelection({ nodes: { a: false, b: true }, edges: { e: true } });
    expect(s().selectedNodeIds).toEqual(['b']);
    expect(s().selectedEdgeIds).toEqual(['e']);
  });

  it('keeps measured sizes stable when they did not change', () => {
    const store = createFlowStore();
    store.getState().setMeasured({ a: { width: 1, height: 2 } });
    const before = store.getState().measured;
    store.getState().setMeasured({ a: { width: 1, height: 2 } });
    expect(store.getState().measured).toBe(before);
  });
});

describe('analysisOf', () => {
  it('analyses a document once and again after an edit', () => {
    const doc = dense();
    expect(analysisOf(doc)).toBe(analysisOf(doc));
    const edited = addNode(doc, { op: 'Relu', position: { x: 0, y: 0 } });
    if (!edited.ok) throw new Error(edited.error);
    expect(analysisOf(edited.doc)).not.toBe(analysisOf(doc));
    expect(analysisOf(edited.doc).diagnostics.map((d) => d.code)).toContain('MISSING_INPUT');
  });
});
