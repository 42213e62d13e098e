import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { addNode } from '../store/commands/addNode.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { undo } from '../store/history.ts';
import { startAutosave } from './autosave.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const store = createFlowStore();
  store.getState().openDocument(emptyDocument(), { name: 'x', origin: 'new' });
  const written: string[] = [];
  const autosaver = startAutosave(store, { autosave: (t) => void written.push(t) }, 1500);
  const edit = () => store.getState().apply(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
  return { store, written, autosaver, edit };
}

describe('autosave', () => {
  it('writes the document 1.5 s after an edit, throttled over a run of edits', () => {
    const { store, written, edit } = setup();
    edit();
    vi.advanceTimersByTime(1000);
    edit();
    expect(written).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(written).toEqual([saveDocument(store.getState().document)]);
    edit();
    vi.advanceTimersByTime(1499);
    expect(written).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(written).toHaveLength(2);
  });

  it('writes nothing for a document back at its saved state', () => {
    const { store, written, edit } = setup();
    edit();
    undo(store);
    vi.advanceTimersByTime(5000);
    expect(written).toEqual([]);
    edit();
    store.getState().markSaved();
    vi.advanceTimersByTime(5000);
    expect(written).toEqual([]);
  });

  it('flushes a waiting draft at once, and stops', () => {
    const { written, edit, autosaver } = setup();
    edit();
    autosaver.flush();
    expect(written).toHaveLength(1);
    autosaver.flush();
    expect(written).toHaveLength(1);
    autosaver.stop();
    edit();
    vi.advanceTimersByTime(5000);
    expect(written).toHaveLength(1);
  });
});
