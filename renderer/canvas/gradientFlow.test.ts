import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { gradientViewOf } from '../store/gradients.ts';
import { deriveGradientFlow } from './gradientFlow.ts';

describe('deriveGradientFlow', () => {
  it('draws backward nodes read-only, explained, with shape-labelled dashed edges', () => {
    const doc = loadDocumentText(readFileSync(new URL('../../samples/xor-nn.flow.json', import.meta.url), 'utf8')).document!;
    const view = gradientViewOf(doc);
    if (!view.ok) throw new Error(view.reason);
    const { nodes, edges } = deriveGradientFlow(view, {}, new Map());
    expect(nodes).toHaveLength(view.nodes.length);
    expect(nodes.every((n) => n.draggable === false && n.selectable === false && n.connectable === false && typeof n.data.gradient === 'string')).toBe(true);
    expect(nodes.every((n) => n.data.errors.length === 0)).toBe(true);
    expect(edges.every((e) => e.className?.includes('edge--gradient') && typeof e.label === 'string')).toBe(true);
  });
});
