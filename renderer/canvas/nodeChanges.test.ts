import { describe, expect, it } from 'vitest';
import { createActions } from '../store/actions.ts';
import { dense } from '../store/commands/fixtures.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { applyEdgeChanges, applyNodeChanges } from './nodeChanges.ts';

function setup() {
  const store = createFlowStore();
  store.getState().openDocument(dense(), { name: 'dense', origin: 'sample' });
  return { store, actions: createActions(store), ids: store.getState().document.nodes.map((n) => n.id) };
}

describe('applyNodeChanges', () => {
  it('keeps a drag out of the document and commits the drop as one undo step', () => {
    const { store, actions, ids } = setup();
    const [a, b] = ids;
    const doc = store.getState().document;
    for (let i = 1; i <= 5; i++) applyNodeChanges([{ id: a, type: 'position', position: { x: i, y: i }, dragging: true }, { id: b, type: 'position', position: { x: -i, y: i }, dragging: true }], store, actions);
    expect(store.getState().document).toBe(doc);
    expect(store.getState().dragPositions[a]).toEqual({ x: 5, y: 5 });
    applyNodeChanges([{ id: a, type: 'position', position: { x: 6, y: 6 }, dragging: false }, { id: b, type: 'position', position: { x: -6, y: 6 }, dragging: false }], store, actions);
    expect(store.getState().document.nodes.slice(0, 2).map((n) => n.position)).toEqual([{ x: 6, y: 6 }, { x: -6, y: 6 }]);
    expect(store.getState().dragPositions).toEqual({});
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('records sizes and selection without touching the history', () => {
    const { store, actions, ids } = setup();
    applyNodeChanges([{ id: ids[0], type: 'dimensions', dimensions: { width: 150, height: 80 } }, { id: ids[1], type: 'select', selected: true }], store, actions);
    expect(store.getState().measured[ids[0]]).toEqual({ width: 150, height: 80 });
    expect(store.getState().selectedNodeIds).toEqual([ids[1]]);
    applyEdgeChanges([{ id: 'e0', type: 'select', selected: true }], store);
    expect(store.getState().selectedEdgeIds).toEqual(['e0']);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('ignores removals, which only the delete command performs', () => {
    const { store, actions, ids } = setup();
    const doc = store.getState().document;
    applyNodeChanges([{ id: ids[0], type: 'remove' }], store, actions);
    applyEdgeChanges([{ id: 'e0', type: 'remove' }], store);
    expect(store.getState().document).toBe(doc);
  });
});
