import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { gradientViewOf } from '../store/gradients.ts';
import { deriveGradientFlow } from './gradientFlow.ts';

const doc = loadDocumentText(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')).document!;
const view = gradientViewOf(doc);
if (!view.ok) throw new Error(view.reason);
const SIZE = { width: 180, height: 80 };
const measured = Object.fromEntries([...doc.nodes, ...view.nodes].map((n) => [n.id, SIZE]));

describe('deriveGradientFlow', () => {
  it('draws backward nodes read-only, explained, with shape-labelled dashed edges', () => {
    const { nodes, edges } = deriveGradientFlow(view, doc.nodes, {}, new Map());
    expect(nodes).toHaveLength(view.nodes.length);
    expect(nodes.every((n) => n.draggable === false && n.selectable === false && n.connectable === false && typeof n.data.gradient === 'string')).toBe(true);
    expect(nodes.every((n) => n.data.errors.length === 0 && doc.nodes.some((f) => f.id === n.data.differentiates))).toBe(true);
    expect(edges.every((e) => e.className?.includes('edge--gradient'))).toBe(true);
    const backward = new Set(view.nodes.map((n) => n.id));
    // The backward flow is labelled with its shapes; forward values it reads are drawn faint and unlabelled.
    expect(edges.filter((e) => backward.has(e.source)).every((e) => typeof e.label === 'string')).toBe(true);
    expect(edges.filter((e) => !backward.has(e.source)).every((e) => e.label === undefined && e.className?.includes('edge--forward-use'))).toBe(true);
  });

  it('mirrors the backward pass below the forward graph, each gradient under its forward node, no two overlapping', () => {
    const { nodes } = deriveGradientFlow(view, doc.nodes, measured, new Map());
    const bottom = Math.max(...doc.nodes.map((n) => n.position.y + SIZE.height));
    expect(nodes.every((n) => n.position.y > bottom)).toBe(true);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i].position, nodes[j].position];
        const apart = a.x + SIZE.width <= b.x || b.x + SIZE.width <= a.x || a.y + SIZE.height <= b.y || b.y + SIZE.height <= a.y;
        expect(apart, `${nodes[i].data.name} and ${nodes[j].data.name} overlap`).toBe(true);
      }
    // Straight below: a gradient node's centre is its forward node's centre.
    for (const n of nodes) {
      const forward = doc.nodes.find((f) => f.id === n.data.differentiates)!;
      expect(n.position.x, n.data.name).toBe(forward.position.x);
    }
    const x = (name: string) => nodes.find((n) => n.data.name === name)!.position.x;
    const update = (v: string) => nodes.find((n) => n.data.op === 'ApplyGradient' && n.data.name.includes(`update_${v}/`))!.position.x;
    // The seed sits under the loss, at the right; the first layer's updates are furthest left.
    expect(x('gradients/Fill')).toBe(Math.max(...nodes.map((n) => n.position.x)));
    expect(update('W1')).toBeLessThan(update('W2'));
  });

  it('keeps the node objects when nothing moved', () => {
    const cache = new Map();
    const placed = new Map();
    const first = deriveGradientFlow(view, doc.nodes, measured, cache, placed);
    const second = deriveGradientFlow(view, doc.nodes, { ...measured }, cache, placed);
    second.nodes.forEach((n, i) => expect(n).toBe(first.nodes[i]));
  });
});
