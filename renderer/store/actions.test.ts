import { describe, expect, it } from 'vitest';
import { createActions } from './actions.ts';
import { dense } from './commands/fixtures.ts';
import { createFlowStore } from './createFlowStore.ts';

function setup() {
  const store = createFlowStore();
  store.getState().openDocument(dense(), { name: 'dense', origin: 'sample' });
  const id = (name: string) => store.getState().document.nodes.find((n) => n.name === name)!.id;
  return { store, actions: createActions(store), s: store.getState, id };
}

describe('editing actions', () => {
  it('select what they add, duplicate and paste', () => {
    const { actions, s, id } = setup();
    const added = actions.addNode('Relu', { x: 0, y: 0 });
    expect(added.ok && s().selectedNodeIds).toEqual([added.ok && added.value]);
    s().select([id('W'), id('y')]);
    const dup = actions.duplicateSelection();
    expect(dup.ok && s().selectedNodeIds).toEqual(dup.ok && dup.value);
    expect(s().selectedNodeIds.map((n) => s().document.nodes.find((x) => x.id === n)!.name)).toEqual(['W_1', 'y_1']);
  });

  it('show a node they add in the Properties tab, even from the Session tab', () => {
    const { actions, s } = setup();
    s().setRightTab('session');
    const added = actions.addNode('Relu', { x: 0, y: 0 });
    expect(added.ok).toBe(true);
    expect(s().rightTab).toBe('properties');
  });

  it('copy then paste twice lands each paste one step further', () => {
    const { actions, s, id } = setup();
    s().select([id('x')]);
    expect(actions.copySelection()).toBe(1);
    actions.pasteClipboard();
    actions.pasteClipboard();
    const xs = s().document.nodes.filter((n) => n.name.startsWith('x'));
    expect(xs.map((n) => [n.name, n.position.x - xs[0].position.x])).toEqual([['x', 0], ['x_1', 40], ['x_2', 80]]);
  });

  it('paste at the pointer puts the copy’s top-left corner there, on the grid; again at the same spot cascades', () => {
    const { actions, s, id } = setup();
    s().select([id('x'), id('W')]);
    actions.copySelection();
    actions.pasteClipboard({ x: 1003, y: 498 });
    const pasted = () => s().selectedNodeIds.map((n) => s().document.nodes.find((x) => x.id === n)!);
    const first = pasted();
    expect(Math.min(...first.map((n) => n.position.x))).toBe(1000);
    expect(Math.min(...first.map((n) => n.position.y))).toBe(500);
    // The copies keep their layout relative to each other.
    const originals = [s().document.nodes.find((n) => n.name === 'x')!, s().document.nodes.find((n) => n.name === 'W')!];
    expect(first[1].position.x - first[0].position.x).toBe(originals[1].position.x - originals[0].position.x);
    actions.pasteClipboard({ x: 1003, y: 498 });
    expect(Math.min(...pasted().map((n) => n.position.x))).toBe(1040);
    actions.pasteClipboard({ x: 200, y: 0 });
    expect(Math.min(...pasted().map((n) => n.position.x))).toBe(200);
  });

  it('delete the selection and clear it; undo brings the nodes back, redo drops them from the selection', () => {
    const { actions, s, id } = setup();
    const y = id('y');
    s().select([y]);
    actions.deleteSelection();
    expect(s().selectedNodeIds).toEqual([]);
    expect(actions.undo()).toBe(true);
    expect(s().document.nodes.map((n) => n.id)).toContain(y);
    s().select([y]);
    expect(actions.redo()).toBe(true);
    expect(s().selectedNodeIds).toEqual([]);
  });

  it('report a refusal as a notice and clear it on the next success', () => {
    const { actions, s, id } = setup();
    expect(actions.renameNode(id('y'), 'W').ok).toBe(false);
    expect(s().notice).toEqual({ kind: 'error', text: 'another node is already named "W"' });
    actions.renameNode(id('y'), 'logits');
    expect(s().notice).toBeUndefined();
  });

  it('undo and redo say when there is nothing to do', () => {
    const { actions } = setup();
    expect(actions.undo()).toBe(false);
    expect(actions.redo()).toBe(false);
  });

  it('pasting with an empty clipboard is refused with a notice', () => {
    const { actions, s } = setup();
    expect(actions.pasteClipboard().ok).toBe(false);
    expect(s().notice?.text).toMatch(/nothing to paste/);
  });
});

describe('connect action', () => {
  it('refuses a link that would give its target a shape error, leaving the document alone', () => {
    const { actions, s, id } = setup();
    const before = s().document;
    expect(actions.connect({ source: id('W'), sourceOutput: 'value', target: id('y'), targetInput: 'a' }).ok).toBe(false);
    expect(s().document).toBe(before);
    expect(s().notice?.text).toMatch(/inner dimensions 3 and 2 differ/);
  });
});

describe('canvas actions', () => {
  it('select all selects every node of the document', () => {
    const { actions, s } = setup();
    actions.selectAll();
    expect(s().selectedNodeIds).toEqual(s().document.nodes.map((n) => n.id));
  });

  it('add a node wired to a dragged link, or unwired with an info notice saying why', () => {
    const { actions, s, id } = setup();
    const wired = actions.addWiredNode('Relu', { x: 0, y: 0 }, { nodeId: id('y'), port: 'product', type: 'source' });
    expect(wired.ok && wired.value.edgeId).toBeTruthy();
    expect(s().notice).toBeUndefined();
    const loose = actions.addWiredNode('MaxPool', { x: 0, y: 0 }, { nodeId: id('x'), port: 'value', type: 'source' });
    expect(loose.ok && s().selectedNodeIds).toEqual([loose.ok && loose.value.nodeId]);
    expect(s().notice).toMatchObject({ kind: 'info', text: expect.stringMatching(/^Added MaxPool without a link: /) });
  });

  it('add a node onto a link, or beside it with the reason when the shapes do not fit', () => {
    const { actions, s, id } = setup();
    const edge = (target: string, input: string) => s().document.edges.find((e) => e.target === id(target) && e.targetInput === input)!.id;
    expect(actions.addNodeOnEdge('Sigmoid', { x: 0, y: 0 }, edge('y', 'a')).ok).toBe(true);
    expect(s().document.edges.some((e) => e.source === id('Sigmoid') && e.target === id('y'))).toBe(true);
    const before = s().document.edges.length;
    const r = actions.addNodeOnEdge('ReduceSum', { x: 0, y: 0 }, edge('y', 'a'));
    expect(r.ok).toBe(true);
    expect(s().document.edges).toHaveLength(before);
    expect(s().document.nodes.some((n) => n.name === 'ReduceSum')).toBe(true);
    expect(s().notice?.text).toMatch(/^Not inserted into the link: ReduceSum "ReduceSum" does not fit before "y"/);
  });

  it('auto-layout is one undo step', () => {
    const { actions, store } = setup();
    expect(actions.autoLayout().ok).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });
});

