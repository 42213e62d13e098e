import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { addNode } from './commands/addNode.ts';
import { createFlowStore } from './createFlowStore.ts';

describe('the document slice: drafts and saves', () => {
  it('opens a restored draft as edited, with nothing to undo', () => {
    const store = createFlowStore();
    const doc = emptyDocument('Draft');
    store.getState().openDocument(doc, { name: 'x.flow.json', origin: 'file' }, { edited: true });
    expect(store.getState().document).toBe(doc);
    expect(store.getState().savedDocument).toBeUndefined();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('marks the document that was written as saved, under its new file', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    const written = s().document;
    s().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    s().markSaved(written, { name: 'a.flow.json', origin: 'file' });
    expect(s().savedDocument).toBe(written);
    expect(s().file).toEqual({ name: 'a.flow.json', origin: 'file' });
    // Saving does not touch the undo history.
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });
});
