import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { disconnect } from './disconnect.ts';
import { concat, dense } from './fixtures.ts';

describe('disconnect', () => {
  it('removes an edge and keeps both nodes', () => {
    const h = new CommandHarness(dense());
    const edge = h.doc.edges[0];
    h.run(disconnect, { edgeIds: [edge.id] });
    expect(h.doc.edges.map((e) => e.id)).not.toContain(edge.id);
    expect(h.doc.nodes).toHaveLength(4);
    h.expectUndoRedo();
  });

  it('closes the gap in a variadic input', () => {
    const h = new CommandHarness(concat());
    h.run(disconnect, { edgeIds: [h.doc.edges.find((e) => e.targetInput === 'values:0')!.id] });
    expect(h.doc.edges.map((e) => e.targetInput)).toEqual(['values:0', 'values:1']);
    h.expectUndoRedo();
  });

  it('changes nothing for edges that are gone', () => {
    new CommandHarness(dense()).noop(disconnect, { edgeIds: ['gone'] });
  });
});
