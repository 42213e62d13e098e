import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import type { DocumentState } from '../platform/platform.ts';
import { addNode } from '../store/commands/addNode.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { reportDocumentState } from './documentState.ts';

describe('reporting the document state', () => {
  it('reports at once and on each change of name or edited state, not on other changes', () => {
    const store = createFlowStore();
    store.getState().openDocument(emptyDocument(), { name: 'hello', origin: 'sample' });
    const seen: DocumentState[] = [];
    reportDocumentState(store, { setDocumentState: (s) => void seen.push(s) });
    store.getState().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    store.getState().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    store.getState().setTheme('dark');
    store.getState().markSaved(undefined, { name: 'mine.flow.json', origin: 'file' });
    expect(seen).toEqual([
      { name: 'hello', edited: false },
      { name: 'hello', edited: true },
      { name: 'mine.flow.json', edited: false },
    ]);
  });
});
