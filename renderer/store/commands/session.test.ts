import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../core/graph/document.ts';
import { addNode } from './addNode.ts';
import { bindData } from './bindData.ts';
import { CommandHarness } from './commandHarness.ts';
import { deleteSelection } from './deleteSelection.ts';
import { regression } from './fixtures.ts';
import { setTrainTarget } from './setTrainTarget.ts';

describe('the session follows the graph', () => {
  it('trains a Minimize as it is added, with the course step count; undo takes both back', () => {
    const h = new CommandHarness(emptyDocument());
    const id = h.run(addNode, { op: 'Minimize', position: { x: 0, y: 0 } });
    expect(h.doc.session).toEqual({ fetches: [], feeds: {}, train: id, steps: 2001 });
    h.expectUndoRedo();
    h.actions.undo();
    expect(h.doc.session).toBeUndefined();
  });

  it("trains the only Minimize left when the trained one is deleted, and none when none is left", () => {
    const h = new CommandHarness(regression());
    const second = h.run(addNode, { op: 'Minimize', position: { x: 0, y: 0 } });
    // The Minimize trained as the only one stays trained, now by name.
    expect(h.doc.session?.train).toBe(h.node('train').id);
    h.run(setTrainTarget, { nodeId: second });
    h.run(setTrainTarget, { nodeId: h.node('train').id });
    h.run(deleteSelection, { nodeIds: [h.node('train').id] });
    expect(h.doc.session?.train).toBe(second);
    h.run(deleteSelection, { nodeIds: [second] });
    expect(h.doc.session?.train).toBeUndefined();
    h.expectUndoRedo();
  });

  it('drops a kept CSV file with the last Placeholder that read it', () => {
    const h = new CommandHarness(regression());
    const x = h.node('X').id;
    h.run(bindData, { feeds: { [x]: { kind: 'csv', path: 'line.csv', columns: ['x'] } }, files: { 'line.csv': 'x\n1\n2\n' } });
    expect(h.doc.session?.files).toEqual({ 'line.csv': 'x\n1\n2\n' });
    h.run(deleteSelection, { nodeIds: [x] });
    expect(h.doc.session?.files).toBeUndefined();
    h.expectUndoRedo();
  });
});
