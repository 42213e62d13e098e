import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { deleteSelection } from './deleteSelection.ts';
import { concat, dense } from './fixtures.ts';

describe('deleteSelection', () => {
  it('removes nodes with every edge that touches them', () => {
    const h = new CommandHarness(dense());
    const y = h.node('y');
    h.run(deleteSelection, { nodeIds: [y.id] });
    expect(h.doc.nodes.map((n) => n.name)).toEqual(['x', 'W', 'act']);
    expect(h.doc.edges).toEqual([]);
    h.expectUndoRedo();
  });

  it('removes selected edges and keeps their nodes', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges.find((e) => e.target === h.node('act').id)!;
    h.run(deleteSelection, { nodeIds: [], edgeIds: [edge.id] });
    expect(h.doc.nodes).toHaveLength(4);
    expect(h.doc.edges.map((e) => e.id)).not.toContain(edge.id);
    h.expectUndoRedo();
  });

  it('drops the session feeds and fetches of deleted nodes, and undo brings them back', () => {
    const h = new CommandHarness(dense());
    const [x, y] = [h.node('x'), h.node('y')];
    h.run(deleteSelection, { nodeIds: [x.id, y.id] });
    expect(h.doc.session).toEqual({ fetches: [], feeds: {} });
    h.expectUndoRedo();
  });

  it('drops the breakpoints and watches of deleted nodes, the block when it empties, and undo brings them back', () => {
    const doc = dense();
    const [x, w] = [doc.nodes.find((n) => n.name === 'x')!, doc.nodes.find((n) => n.name === 'W')!];
    const onW = { id: 'b2', node: w.id, condition: { kind: 'nonFinite', of: 'value' } } as const;
    doc.debug = { breakpoints: [{ id: 'b1', node: x.id, condition: { kind: 'step', step: 3 } }, onW], watches: [{ id: 'w1', node: x.id, of: 'value', stat: 'mean' }] };
    const h = new CommandHarness(doc);
    h.run(deleteSelection, { nodeIds: [x.id] });
    expect(h.doc.debug).toEqual({ breakpoints: [onW], watches: [] });
    h.expectUndoRedo();
    h.run(deleteSelection, { nodeIds: [w.id] });
    expect('debug' in h.doc).toBe(false);
  });

  it('renumbers a variadic input so it has no gap', () => {
    const h = new CommandHarness(concat());
    h.run(deleteSelection, { nodeIds: [h.node('c1').id] });
    const slots = h.doc.edges.map((e) => [h.doc.nodes.find((n) => n.id === e.source)!.name, e.targetInput]);
    expect(slots).toEqual([['c0', 'values:0'], ['c2', 'values:1']]);
    h.expectUndoRedo();
  });

  it('ignores ids that are gone and changes nothing when none remain', () => {
    const h = new CommandHarness(dense());
    h.noop(deleteSelection, { nodeIds: ['gone'], edgeIds: ['gone too'] });
  });
});
