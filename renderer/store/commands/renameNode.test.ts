import { describe, expect, it } from 'vitest';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';
import { renameNode } from './renameNode.ts';

describe('renameNode', () => {
  it('renames, keeping the id and the edges', () => {
    const h = new CommandHarness(dense());
    const y = h.node('y');
    const edges = h.doc.edges;
    h.run(renameNode, { nodeId: y.id, name: 'layer1/logits' });
    expect(h.node('layer1/logits').id).toBe(y.id);
    expect(h.doc.edges).toBe(edges);
    h.expectUndoRedo();
  });

  it('refuses a name another node has', () => {
    const h = new CommandHarness(dense());
    expect(h.refuse(renameNode, { nodeId: h.node('y').id, name: 'W' })).toBe('another node is already named "W"');
  });

  it('refuses empty and malformed names', () => {
    const h = new CommandHarness(dense());
    const id = h.node('y').id;
    expect(h.refuse(renameNode, { nodeId: id, name: '' })).toMatch(/empty/);
    for (const bad of [' y', 'a b', 'layer/', '/y', 'a//b', 'é']) expect(h.refuse(renameNode, { nodeId: id, name: bad })).toMatch(/not a valid name/);
  });

  it('changes nothing when the name stays', () => {
    const h = new CommandHarness(dense());
    h.noop(renameNode, { nodeId: h.node('y').id, name: 'y' });
  });
});
