import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../core/graph/document.ts';
import { renameNode } from './renameNode.ts';
import { scopesOf } from '../../../core/graph/scopes.ts';
import { autoLayout, estimatedSize } from './autoLayout.ts';
import { CommandHarness } from './commandHarness.ts';
import { dense } from './fixtures.ts';

const SIZE = { width: 180, height: 80 };

/** Whether two boxes at these top-left corners overlap. */
function overlap(a: { x: number; y: number }, b: { x: number; y: number }, s = SIZE): boolean {
  return a.x < b.x + s.width && b.x < a.x + s.width && a.y < b.y + s.height && b.y < a.y + s.height;
}

describe('autoLayout', () => {
  it('puts every node right of the nodes feeding it, without overlaps, as one undo step', () => {
    const h = new CommandHarness(dense());
    const sizes = Object.fromEntries(h.doc.nodes.map((n) => [n.id, SIZE]));
    h.run(autoLayout, { sizes });
    const at = (name: string) => h.node(name).position;
    for (const e of h.doc.edges) {
      const [s, t] = [h.doc.nodes.find((n) => n.id === e.source)!, h.doc.nodes.find((n) => n.id === e.target)!];
      expect(t.position.x).toBeGreaterThanOrEqual(s.position.x + SIZE.width);
    }
    const nodes = h.doc.nodes;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) expect(overlap(nodes[i].position, nodes[j].position)).toBe(false);
    expect(at('x').x).toBe(at('W').x);
    expect(Math.min(...nodes.map((n) => n.position.x))).toBe(Math.min(...dense().nodes.map((n) => n.position.x)));
    expect(nodes.every((n) => n.position.x % 20 === 0 && n.position.y % 20 === 0)).toBe(true);
    h.expectUndoRedo();
  });

  it('keeps the nodes of a name scope together, so scope frames do not overlap other nodes', () => {
    const h = new CommandHarness(dense());
    h.run(renameNode, { nodeId: h.node('W').id, name: 'layer/W' });
    h.run(renameNode, { nodeId: h.node('act').id, name: 'layer/act' });
    h.run(autoLayout, { sizes: Object.fromEntries(h.doc.nodes.map((n) => [n.id, SIZE])) });
    const members = ['layer/W', 'layer/act'].map((n) => h.node(n).position);
    const box = {
      x: Math.min(...members.map((p) => p.x)),
      y: Math.min(...members.map((p) => p.y)),
      right: Math.max(...members.map((p) => p.x + SIZE.width)),
      bottom: Math.max(...members.map((p) => p.y + SIZE.height)),
    };
    for (const other of ['x', 'y'].map((n) => h.node(n).position)) {
      const inside = other.x < box.right && other.x + SIZE.width > box.x && other.y < box.bottom && other.y + SIZE.height > box.y;
      expect(inside).toBe(false);
    }
    h.expectUndoRedo();
  });

  it('names the scopes of a node, outermost first', () => {
    expect(scopesOf('a/b/W')).toEqual(['a', 'a/b']);
    expect(scopesOf('W')).toEqual([]);
  });

  it('changes nothing the second time', () => {
    const h = new CommandHarness(dense());
    h.run(autoLayout, { sizes: {} });
    h.noop(autoLayout, { sizes: {} });
  });

  it('changes nothing in an empty graph', () => {
    const h = new CommandHarness(emptyDocument());
    h.noop(autoLayout, { sizes: {} });
  });

  it('estimates a size from the op: a row per port', () => {
    const [x, , y] = dense().nodes;
    expect(estimatedSize(x.op)).toEqual({ width: 180, height: 54 });
    expect(estimatedSize(y.op)).toEqual({ width: 180, height: 74 });
  });
});
