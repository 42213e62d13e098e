import { describe, expect, it } from 'vitest';
import { addFetch } from './addFetch.ts';
import { CommandHarness } from './commandHarness.ts';
import { editFetch } from './editFetch.ts';
import { regression } from './fixtures.ts';
import { removeFetch } from './removeFetch.ts';

describe('addFetch', () => {
  it('logs a node with the role its place suggests: the trained cost is the loss, a scalar a metric, a tensor a prediction', () => {
    const h = new CommandHarness(regression());
    expect(h.run(addFetch, { nodeId: h.node('cost').id })).toBe(0);
    h.expectUndoRedo();
    h.run(addFetch, { nodeId: h.node('hypothesis').id });
    h.run(addFetch, { nodeId: h.node('W').id, role: 'metric' });
    expect(h.doc.session?.fetches).toEqual([
      { node: h.node('cost').id, role: 'loss' },
      { node: h.node('hypothesis').id, role: 'prediction' },
      { node: h.node('W').id, role: 'metric' },
    ]);
  });

  it('calls a node named like an accuracy an accuracy', async () => {
    const h = new CommandHarness(regression());
    const { renameNode } = await import('./renameNode.ts');
    h.run(renameNode, { nodeId: h.node('err2').id, name: 'accuracy' });
    h.run(addFetch, { nodeId: h.node('accuracy').id });
    expect(h.doc.session?.fetches[0].role).toBe('accuracy');
  });

  it('refuses a node logged already, one without outputs, and one not there', () => {
    const h = new CommandHarness(regression());
    h.run(addFetch, { nodeId: h.node('cost').id });
    expect(h.refuse(addFetch, { nodeId: h.node('cost').id })).toBe('"cost" is logged already');
    expect(h.refuse(addFetch, { nodeId: 'gone' })).toMatch(/not in the graph/);
  });
});

describe('editFetch and removeFetch', () => {
  it('changes the role and label, an empty label meaning the node name', () => {
    const h = new CommandHarness(regression());
    h.run(addFetch, { nodeId: h.node('hypothesis').id });
    h.run(editFetch, { index: 0, role: 'metric', label: ' fit ' });
    expect(h.doc.session?.fetches[0]).toEqual({ node: h.node('hypothesis').id, role: 'metric', label: 'fit' });
    h.expectUndoRedo();
    h.run(editFetch, { index: 0, label: '' });
    expect(h.doc.session?.fetches[0]).toEqual({ node: h.node('hypothesis').id, role: 'metric' });
    h.noop(editFetch, { index: 0, role: 'metric' });
    expect(h.refuse(editFetch, { index: 0, role: 'vibes' as never })).toMatch(/not a "vibes"/);
    expect(h.refuse(editFetch, { index: 3, role: 'loss' })).toBe('there is no logged value number 4');
  });

  it('removes one fetch', () => {
    const h = new CommandHarness(regression());
    h.run(addFetch, { nodeId: h.node('cost').id });
    h.run(addFetch, { nodeId: h.node('hypothesis').id });
    h.run(removeFetch, { index: 0 });
    expect(h.doc.session?.fetches.map((f) => f.node)).toEqual([h.node('hypothesis').id]);
    h.expectUndoRedo();
    expect(h.refuse(removeFetch, { index: 5 })).toBe('there is no logged value number 6');
  });
});
