import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { duplicate } from './duplicate.ts';
import { dense } from './fixtures.ts';

describe('duplicate', () => {
  it('copies nodes beside the originals, keeping the links among them and not those to the rest', () => {
    const h = new CommandHarness(dense());
    const [w, y] = [h.node('W'), h.node('y')];
    const [w2, y2] = h.run(duplicate, { nodeIds: [w.id, y.id], offset: { x: 40, y: 40 } });
    expect(h.node('W_1').id).toBe(w2);
    expect(h.node('y_1').position).toEqual({ x: y.position.x + 40, y: y.position.y + 40 });
    expect(h.doc.edges.filter((e) => e.target === y2).map((e) => [e.source, e.targetInput])).toEqual([[w2, 'b']]);
    h.expectUndoRedo();
  });

  it('numbers a copy of a numbered name after its base: MatMul_1 -> MatMul_2', () => {
    const h = new CommandHarness(dense());
    const [a] = h.run(duplicate, { nodeIds: [h.node('y').id], offset: { x: 0, y: 0 } });
    h.run(duplicate, { nodeIds: [a], offset: { x: 0, y: 0 } });
    expect(h.doc.nodes.map((n) => n.name)).toEqual(['x', 'W', 'y', 'act', 'y_1', 'y_2']);
  });

  it('refuses when nothing is chosen', () => {
    expect(new CommandHarness(dense()).refuse(duplicate, { nodeIds: [], offset: { x: 0, y: 0 } })).toMatch(/select/);
  });
});
