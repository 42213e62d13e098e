import { describe, expect, it } from 'vitest';
import { addNode } from './addNode.ts';
import { CommandHarness } from './commandHarness.ts';
import { regression } from './fixtures.ts';
import { setTrainTarget } from './setTrainTarget.ts';

describe('setTrainTarget', () => {
  it('picks which of two Minimize nodes Train runs', () => {
    const h = new CommandHarness(regression());
    const first = h.node('train').id;
    const second = h.run(addNode, { op: 'Minimize', position: { x: 0, y: 0 } });
    // Adding a Minimize to a session that trains one already keeps it.
    expect(h.doc.session?.train).toBe(first);
    h.run(setTrainTarget, { nodeId: second });
    expect(h.doc.session?.train).toBe(second);
    h.expectUndoRedo();
    h.noop(setTrainTarget, { nodeId: second });
  });

  it('sets the course step count when the session has none', () => {
    const doc = regression();
    doc.nodes = doc.nodes.filter((n) => n.op !== 'Minimize');
    doc.edges = doc.edges.filter((e) => doc.nodes.some((n) => n.id === e.target));
    const h = new CommandHarness({ ...doc, nodes: [...doc.nodes, { id: 'm', op: 'Minimize', name: 'train', attrs: {}, position: { x: 0, y: 0 } }] });
    h.run(setTrainTarget, { nodeId: 'm' });
    expect(h.doc.session).toEqual({ fetches: [], feeds: {}, train: 'm', steps: 2001 });
    h.expectUndoRedo();
  });

  it('refuses a node that is not a Minimize, or not there', () => {
    const h = new CommandHarness(regression());
    expect(h.refuse(setTrainTarget, { nodeId: h.node('cost').id })).toBe('"cost" is a ReduceMean; only a Minimize node is a training step');
    expect(h.refuse(setTrainTarget, { nodeId: 'gone' })).toMatch(/not in the graph/);
  });
});
