import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../graph/document.ts';
import { kernelSeeds, opSeeds } from './opSeeds.ts';
import { DEFAULT_GRAPH_SEED } from './seeds.ts';

const node = (id: string, op: string, attrs: GraphNode['attrs'] = {}): GraphNode => ({ id, op, name: id, attrs, position: { x: 0, y: 0 } });

describe('op seeds of a document', () => {
  const nodes = [
    node('x', 'Placeholder'),
    node('W1', 'Variable', { initializer: { kind: 'randomNormal', mean: 0, stddev: 1 } }),
    node('b1', 'Variable', { initializer: { kind: 'zeros' } }),
    node('W2', 'Variable', { initializer: { kind: 'glorotUniform', seed: 9 } }),
    node('drop', 'Dropout'),
    node('W3', 'Variable'),
    node('drop2', 'Dropout', { seed: 4 }),
  ];

  it('counts the random nodes without a seed in document order, as TF counts ops without seed=', () => {
    expect([...opSeeds(nodes)]).toEqual([['W1', 0], ['W2', 9], ['drop', 1], ['W3', 2], ['drop2', 4]]);
  });

  it('pairs them with the graph seed, or TF\'s default one', () => {
    expect(kernelSeeds(nodes, 777).get('drop')).toEqual([777, 1]);
    expect(kernelSeeds(nodes, undefined).get('W2')).toEqual([DEFAULT_GRAPH_SEED, 9]);
    expect(kernelSeeds(nodes, 0).get('W1')).toEqual([0, 2 ** 31 - 1]);
    expect(kernelSeeds(nodes, 1).has('b1')).toBe(false);
  });
});
