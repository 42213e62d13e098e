import { describe, expect, it } from 'vitest';
import { addWiredNode } from './addWiredNode.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';

const at = { x: 400, y: 200 };

describe('addWiredNode', () => {
  it('wires a link dragged from an output into the new node’s first input that fits', () => {
    const h = new CommandHarness(dense());
    const y = h.node('y');
    const r = h.run(addWiredNode, { op: 'Relu', position: at, from: { nodeId: y.id, port: 'product', type: 'source' } });
    expect(r.unwired).toBeUndefined();
    expect(h.doc.edges.find((e) => e.id === r.edgeId)).toMatchObject({ source: y.id, sourceOutput: 'product', target: r.nodeId, targetInput: 'x' });
    expect(h.node('Relu').position).toEqual(at);
    h.expectUndoRedo();
  });

  it('wires a link dragged back from an input to the new node’s output', () => {
    const h = new CommandHarness(dense());
    const act = h.node('act');
    const r = h.run(addWiredNode, { op: 'Placeholder', position: at, from: { nodeId: act.id, port: 'x', type: 'target' } });
    expect(h.doc.edges.find((e) => e.id === r.edgeId)).toMatchObject({ source: r.nodeId, sourceOutput: 'value', target: act.id, targetInput: 'x' });
    h.expectUndoRedo();
  });

  it('adds the node unwired, saying why, when no port fits the shape', () => {
    const h = new CommandHarness(dense());
    const x = h.node('x');
    const r = h.run(addWiredNode, { op: 'MaxPool', position: at, from: { nodeId: x.id, port: 'value', type: 'source' } });
    expect(r.edgeId).toBeUndefined();
    expect(r.unwired).toMatch(/MaxPool/);
    expect(h.doc.edges).toHaveLength(dense().edges.length);
    h.expectUndoRedo();
  });

  it('refuses what addNode refuses', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(addWiredNode, { op: 'Conv9D', position: at, from: { nodeId: h.node('x').id, port: 'value', type: 'source' } })).toMatch(/no op called/);
  });
});
