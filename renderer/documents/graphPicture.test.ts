import { describe, expect, it } from 'vitest';
import { emptyDocument, type GraphDocument, type GraphNode } from '../../core/graph/document.ts';
import { graphPicture, NODE_HEIGHT, NODE_WIDTH } from './graphPicture.ts';

const node = (id: string, op: string, x: number, y: number): GraphNode => ({ id, name: id, op, attrs: {}, position: { x, y } });

function doc(): GraphDocument {
  return {
    ...emptyDocument(),
    nodes: [node('x', 'Placeholder', 100, 50), node('r', 'Relu', 400, 350)],
    edges: [
      { id: 'e1', source: 'x', sourceOutput: 'value', target: 'r', targetInput: 'x' },
      { id: 'e2', source: 'gone', sourceOutput: 'value', target: 'r', targetInput: 'x' },
    ],
  };
}

describe('the graph picture', () => {
  it('frames every node with a margin, coloured by category', () => {
    const p = graphPicture(doc());
    expect(p.viewBox).toBe(`-30 -30 ${300 + NODE_WIDTH + 60} ${300 + NODE_HEIGHT + 60}`);
    expect(p.nodes.map((n) => [n.id, n.x, n.y, n.width, n.category])).toEqual([
      ['x', 0, 0, NODE_WIDTH, 'inputs'],
      ['r', 300, 300, NODE_WIDTH, 'activations'],
    ]);
  });

  it('draws an edge from the output side to the input side and skips one with a missing end', () => {
    expect(graphPicture(doc()).edges).toEqual([`M${NODE_WIDTH} 30 C235 30 235 330 300 330`]);
  });

  it('squeezes a long chain sideways, at most three times', () => {
    const chain = (n: number) => ({ ...emptyDocument(), nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, 'Relu', i * 300, 0)) });
    // 4 nodes: 1070 wide, 60 high; twice the height is 120, so a squeeze of 1/3 is the limit.
    const long = graphPicture(chain(4));
    expect(long.nodes.map((n) => n.x)).toEqual([0, 100, 200, 300]);
    expect(long.nodes[0].width).toBe(56.7);
    // Two nodes stacked are taller than wide: nothing changes.
    const tall = graphPicture({ ...emptyDocument(), nodes: [node('a', 'Relu', 0, 0), node('b', 'Relu', 0, 300)] });
    expect(tall.nodes[0].width).toBe(NODE_WIDTH);
  });

  it('draws nothing for an empty graph', () => {
    expect(graphPicture(emptyDocument())).toEqual({ viewBox: '0 0 1 1', nodes: [], edges: [] });
  });
});
