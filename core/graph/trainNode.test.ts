import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import type { GraphDocument } from './document.ts';
import { trainNodeOf } from './trainNode.ts';

/** A cost with `count` Minimize nodes on it and no session. */
function withMinimizes(count: number): { doc: GraphDocument; ids: string[] } {
  const g = new GraphBuilder();
  const w = g.add('Variable', { shape: [1] }, 'W');
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: w }) });
  const ids = Array.from({ length: count }, (_, i) => g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, `train${i}`, { loss: cost }).id);
  return { doc: g.doc('minimizes'), ids };
}

describe('trainNodeOf', () => {
  it('is the only Minimize when the session names none', () => {
    const { doc, ids } = withMinimizes(1);
    expect(trainNodeOf(doc)).toBe(ids[0]);
  });

  it('is none when the graph has no Minimize, or several and the session names none', () => {
    expect(trainNodeOf(withMinimizes(0).doc)).toBeUndefined();
    expect(trainNodeOf(withMinimizes(2).doc)).toBeUndefined();
  });

  it("is the session's choice among several", () => {
    const { doc, ids } = withMinimizes(2);
    expect(trainNodeOf({ ...doc, session: { fetches: [], feeds: {}, train: ids[1] } })).toBe(ids[1]);
  });
});
