import { describe, expect, it } from 'vitest';
import { addNode } from './addNode.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';
import { addNodeOnEdge, insertOnEdge } from './insertOnEdge.ts';

/** The harness on `dense` plus one unconnected node of `op`. */
function withLoose(op: string) {
  const h = new CommandHarness(dense());
  const id = h.run(addNode, { op, position: { x: 300, y: 300 } });
  return { h, id };
}

const wires = (h: CommandHarness) =>
  h.doc.edges.map((e) => `${h.doc.nodes.find((n) => n.id === e.source)!.name}.${e.sourceOutput}->${h.doc.nodes.find((n) => n.id === e.target)!.name}.${e.targetInput}`);

describe('insertOnEdge', () => {
  it("splices a node into a link: the link's source into its input, its output into the link's target", () => {
    const { h, id } = withLoose('Relu');
    const edge = h.doc.edges.find((e) => e.target === h.node('act').id)!;
    h.run(insertOnEdge, { nodeId: id, edgeId: edge.id });
    expect(wires(h)).toEqual(['x.value->y.a', 'W.value->y.b', 'y.product->Relu.x', 'Relu.y->act.x']);
    h.expectUndoRedo();
  });

  it('moves the node to where it was dropped in the same step', () => {
    const { h, id } = withLoose('Relu');
    const edge = h.doc.edges.find((e) => e.target === h.node('act').id)!;
    h.run(insertOnEdge, { nodeId: id, edgeId: edge.id, position: { x: 520, y: 40 } });
    expect(h.node('Relu').position).toEqual({ x: 520, y: 40 });
    h.expectUndoRedo();
  });

  it('refuses, saying why, when the shapes do not fit, and leaves the link alone', () => {
    const { h, id } = withLoose('ReduceSum');
    const edge = h.doc.edges.find((e) => e.target === h.node('y').id && e.targetInput === 'a')!;
    expect(h.refuse(insertOnEdge, { nodeId: id, edgeId: edge.id })).toMatch(/^ReduceSum "ReduceSum" does not fit before "y": .*MatMul/);
  });

  it('refuses a node that has no input to take the link', () => {
    const { h, id } = withLoose('Variable');
    const edge = h.doc.edges[0];
    expect(h.refuse(insertOnEdge, { nodeId: id, edgeId: edge.id })).toBe('Variable "Variable" does not fit after "x": it has no port to connect');
  });

  it('refuses a node that is wired already, and unknown ids', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges.find((e) => e.target === h.node('act').id)!;
    expect(h.refuse(insertOnEdge, { nodeId: h.node('W').id, edgeId: edge.id })).toMatch(/wired already/);
    expect(h.refuse(insertOnEdge, { nodeId: 'gone', edgeId: edge.id })).toMatch(/not in the graph/);
  });
});

describe('addNodeOnEdge', () => {
  it('adds a node of an op kind straight into a link, as one step', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges.find((e) => e.target === h.node('y').id && e.targetInput === 'a')!;
    const id = h.run(addNodeOnEdge, { op: 'Sigmoid', position: { x: 100, y: 0 }, edgeId: edge.id });
    expect(h.doc.nodes.find((n) => n.id === id)!.name).toBe('Sigmoid');
    expect(wires(h)).toEqual(['W.value->y.b', 'y.product->act.x', 'x.value->Sigmoid.x', 'Sigmoid.y->y.a']);
    h.expectUndoRedo();
  });

  it('refuses the whole step when the shapes do not fit', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges.find((e) => e.target === h.node('y').id && e.targetInput === 'a')!;
    expect(h.refuse(addNodeOnEdge, { op: 'ReduceSum', position: { x: 0, y: 0 }, edgeId: edge.id })).toMatch(/does not fit before "y"/);
  });
});
