import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../core/graph/document.ts';
import { addNode } from './addNode.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';

describe('addNode', () => {
  it('adds a node with the op defaults at the position, named after the op', () => {
    const h = new CommandHarness(emptyDocument());
    const id = h.run(addNode, { op: 'Variable', position: { x: 10, y: 20 } });
    expect(h.doc.nodes).toEqual([
      { id, op: 'Variable', name: 'Variable', position: { x: 10, y: 20 }, attrs: { shape: [1], dtype: 'float32', initializer: { kind: 'randomNormal', mean: 0, stddev: 1 }, trainable: true } },
    ]);
    h.expectUndoRedo();
  });

  it('numbers repeated names as TF1 does: MatMul, MatMul_1, MatMul_2', () => {
    const h = new CommandHarness(emptyDocument());
    for (let i = 0; i < 3; i++) h.run(addNode, { op: 'MatMul', position: { x: 0, y: 0 } });
    expect(h.doc.nodes.map((n) => n.name)).toEqual(['MatMul', 'MatMul_1', 'MatMul_2']);
    expect(new Set(h.doc.nodes.map((n) => n.id)).size).toBe(3);
    h.expectUndoRedo();
  });

  it('gives an id no existing node has', () => {
    const h = new CommandHarness(dense());
    const id = h.run(addNode, { op: 'Relu', position: { x: 0, y: 0 } });
    expect(dense().nodes.map((n) => n.id)).not.toContain(id);
  });

  it('does not share default values between nodes', () => {
    const h = new CommandHarness(emptyDocument());
    const a = h.run(addNode, { op: 'Variable', position: { x: 0, y: 0 } });
    const b = h.run(addNode, { op: 'Variable', position: { x: 0, y: 0 } });
    const [na, nb] = [a, b].map((id) => h.doc.nodes.find((n) => n.id === id)!);
    expect(na.attrs.shape).not.toBe(nb.attrs.shape);
  });

  it('refuses unknown and internal ops', () => {
    const h = new CommandHarness(emptyDocument());
    expect(h.refuse(addNode, { op: 'Conv9D', position: { x: 0, y: 0 } })).toMatch(/no op called "Conv9D"/);
    expect(h.refuse(addNode, { op: 'ReluGrad', position: { x: 0, y: 0 } })).toMatch(/autodiff/);
  });
});
