import { describe, expect, it } from 'vitest';
import { createFlowStore } from '../store/createFlowStore.ts';
import { renameNode } from '../store/commands/renameNode.ts';
import { dense } from '../store/commands/fixtures.ts';
import { toggleScope } from './toggleScope.ts';

describe('toggleScope', () => {
  it('collapses and opens a scope as view state, outside the undo history, dropping hidden nodes from the selection', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().openDocument(dense(), { name: 'dense', origin: 'sample' });
    const id = (n: string) => s().document.nodes.find((x) => x.name === n)!.id;
    s().apply(renameNode, { nodeId: id('W'), name: 'layer1/W' });
    s().apply(renameNode, { nodeId: id('y'), name: 'layer1/y' });
    const history = store.temporal.getState().pastStates.length;
    s().select([id('layer1/W'), id('x')]);
    toggleScope(store, 'layer1');
    expect(s().collapsedScopes).toEqual({ generation: s().generation, keys: ['layer1'] });
    expect(s().selectedNodeIds).toEqual([id('x')]);
    toggleScope(store, 'layer1');
    expect(s().collapsedScopes.keys).toEqual([]);
    expect(store.temporal.getState().pastStates).toHaveLength(history);
  });

  it('forgets collapsed scopes when another document opens', () => {
    const store = createFlowStore();
    const s = store.getState;
    s().openDocument(dense(), { name: 'dense', origin: 'sample' });
    toggleScope(store, 'layer1');
    s().openDocument(dense(), { name: 'again', origin: 'sample' });
    toggleScope(store, 'other');
    expect(s().collapsedScopes.keys).toEqual(['other']);
  });
});
