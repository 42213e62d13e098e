import { describe, expect, it } from 'vitest';
import type { OpFlowNode, ScopeFlowNode, ShapeFlowEdge } from './flowTypes.ts';
import { BOX, GRADIENTS_GROUP, groupScopes, scopeChain, scopeNodeId } from './scopes.ts';

const SIZE = { width: 100, height: 50 };

function node(id: string, name: string, x: number, y: number, gradient?: string): OpFlowNode {
  return { id, type: 'op', position: { x, y }, data: { name, op: 'Add', category: 'math', inputs: [], outputs: [], errors: [], warnings: [], missing: [], ...(gradient ? { gradient } : {}) } };
}
const edge = (id: string, source: string, target: string): ShapeFlowEdge => ({ id, source, sourceHandle: 'z', target, targetHandle: 'x', label: '[2]' });

/** x -> layer1/{W, b, sub/a, sub/c} -> out, and one gradient node fed by W. */
function graph() {
  const nodes = [
    node('x', 'x', 0, 0),
    node('w', 'layer1/W', 200, 0),
    node('b', 'layer1/b', 200, 100),
    node('a', 'layer1/sub/a', 400, 0),
    node('c', 'layer1/sub/c', 400, 100),
    node('out', 'out', 600, 0),
    node('g1', 'gradients/Fill', 800, 0, 'Gradient at the output of "out"'),
    node('g2', 'gradients/out_grad/Mul', 1000, 0, 'Gradient through input "x" of "out"'),
  ];
  const edges = [edge('e1', 'x', 'w'), edge('e2', 'w', 'a'), edge('e3', 'b', 'c'), edge('e4', 'a', 'out'), edge('e5', 'c', 'out'), edge('e6', 'w', 'g2'), edge('e7', 'g1', 'g2')];
  return { nodes, edges, sizeOf: () => SIZE };
}

const scopeNodes = (nodes: { type?: string }[]) => nodes.filter((n): n is ScopeFlowNode => n.type === 'scope');

describe('scopeChain', () => {
  it('lists every enclosing scope, outermost first; backward nodes are in the gradients group', () => {
    const { nodes } = graph();
    expect(scopeChain(nodes[3])).toEqual(['layer1', 'layer1/sub']);
    expect(scopeChain(nodes[0])).toEqual([]);
    expect(scopeChain(nodes[6])).toEqual([GRADIENTS_GROUP]);
  });
});

describe('groupScopes', () => {
  it('frames each scope of two or more nodes around its nodes, nested frames inside outer ones', () => {
    const out = groupScopes({ ...graph(), collapsed: new Set() });
    const frames = scopeNodes(out.nodes);
    expect(frames.map((f) => [f.data.label, f.data.count, f.data.collapsed])).toEqual([
      ['layer1', 4, false],
      ['gradients', 2, false],
      ['layer1/sub', 2, false],
    ]);
    const [outer, , inner] = frames;
    expect(inner.position.x).toBeGreaterThan(outer.position.x);
    expect(inner.position.y).toBeGreaterThan(outer.position.y);
    expect(inner.position.x + inner.width!).toBeLessThan(outer.position.x + outer.width!);
    // Each frame contains its nodes.
    expect(outer.position.x).toBeLessThan(200);
    expect(outer.position.x + outer.width!).toBeGreaterThan(500);
    expect(out.nodes.filter((n) => n.type === 'op')).toHaveLength(8);
    expect(out.edges).toHaveLength(7);
  });

  it('draws a collapsed scope as one box with its count, re-routing crossing edges and dropping inner ones', () => {
    const out = groupScopes({ ...graph(), collapsed: new Set(['layer1']) });
    const box = scopeNodes(out.nodes).find((n) => n.data.key === 'layer1')!;
    expect(box).toMatchObject({ id: scopeNodeId('layer1'), position: { x: 200, y: 0 }, width: BOX.width, data: { count: 4, collapsed: true } });
    expect(scopeNodes(out.nodes).some((n) => n.data.key === 'layer1/sub')).toBe(false);
    expect(out.nodes.map((n) => n.id)).not.toContain('w');
    const routed = out.edges.map((e) => `${e.source}:${e.sourceHandle}->${e.target}:${e.targetHandle}`);
    expect(routed).toEqual(['x:z->scope:layer1:in', 'scope:layer1:out->out:x', 'scope:layer1:out->g2:x', 'g1:z->g2:x']);
  });

  it('collapses a nested scope inside an open one', () => {
    const out = groupScopes({ ...graph(), collapsed: new Set(['layer1/sub']) });
    const frames = scopeNodes(out.nodes);
    expect(frames.find((f) => f.data.key === 'layer1/sub')!.data.collapsed).toBe(true);
    expect(frames.find((f) => f.data.key === 'layer1')!.data.collapsed).toBe(false);
    expect(out.nodes.map((n) => n.id)).not.toContain('a');
  });

  it('collapses the backward pass into one gradients box', () => {
    const out = groupScopes({ ...graph(), collapsed: new Set([GRADIENTS_GROUP]) });
    const box = scopeNodes(out.nodes).find((n) => n.data.gradients)!;
    expect(box.data).toMatchObject({ label: 'gradients', count: 2, collapsed: true });
    expect(out.nodes.map((n) => n.id)).not.toContain('g1');
    expect(out.edges.map((e) => `${e.source}->${e.target}`)).toContain(`w->${scopeNodeId(GRADIENTS_GROUP)}`);
  });

  it('returns the nodes unchanged when no scope has two nodes', () => {
    const nodes = [node('a', 'one/a', 0, 0), node('b', 'two/b', 0, 0)];
    const out = groupScopes({ nodes, edges: [], collapsed: new Set(['one']), sizeOf: () => SIZE });
    expect(out.nodes).toEqual(nodes);
  });
});

describe('groupScopes outlines', () => {
  it('draws a frame that would take in another scope’s node around its own nodes only', () => {
    // As in vanishing-gradient-sigmoid: layer2/W sits above layer1/s, inside layer1's rectangle.
    const nodes = [node('w1', 'layer1/W', 0, 0), node('s1', 'layer1/s', 200, 100), node('w2', 'layer2/W', 200, 0), node('s2', 'layer2/s', 400, 100)];
    const frames = scopeNodes(groupScopes({ nodes, edges: [], collapsed: new Set(), sizeOf: () => SIZE }).nodes);
    const layer1 = frames.find((f) => f.data.key === 'layer1')!;
    const layer2 = frames.find((f) => f.data.key === 'layer2')!;
    expect(layer1.data.outline).toMatch(/^M/);
    expect(layer2.data.outline).toMatch(/^M/);
  });

  it('keeps a plain rectangle where no other node is inside', () => {
    const { nodes, edges, sizeOf } = graph();
    const frames = scopeNodes(groupScopes({ nodes, edges, collapsed: new Set(), sizeOf }).nodes);
    expect(frames.map((f) => f.data.outline)).toEqual(frames.map(() => undefined));
  });
});
