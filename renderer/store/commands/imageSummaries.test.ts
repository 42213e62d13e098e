import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { CommandHarness } from './commandHarness.ts';
import { deleteSelection } from './deleteSelection.ts';
import { addImageSummary, removeImageSummary } from './imageSummaries.ts';

/** X [?, 784] and X reshaped to 28x28 grayscale images. */
function mnistInput(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 784] }, 'X');
  g.add('Reshape', { shape: [-1, 28, 28, 1] }, 'x_image', { x });
  return g.doc('mnist input');
}

describe('addImageSummary and removeImageSummary', () => {
  it('draws an image node, 3 images by default as in TF, undoably; removing the last drops the field', () => {
    const h = new CommandHarness(mnistInput());
    const id = h.node('x_image').id;
    expect(h.run(addImageSummary, { nodeId: id })).toBe(0);
    h.expectUndoRedo();
    expect(h.doc.session?.images).toEqual([{ node: id, maxOutputs: 3 }]);
    h.run(removeImageSummary, { index: 0 });
    h.expectUndoRedo();
    expect(h.doc.session && 'images' in h.doc.session).toBe(false);
  });

  it('refuses a node that is not an image, one drawn already, one not there, and a bad index', () => {
    const h = new CommandHarness(mnistInput());
    expect(h.refuse(addImageSummary, { nodeId: h.node('X').id })).toBe('"X" cannot be drawn as an image: its value has shape [?,784], not [batch, height, width, channels]; reshape it to [-1, height, width, 1] and draw that');
    h.run(addImageSummary, { nodeId: h.node('x_image').id });
    expect(h.refuse(addImageSummary, { nodeId: h.node('x_image').id })).toBe('"x_image" is drawn as an image already');
    expect(h.refuse(addImageSummary, { nodeId: 'gone' })).toMatch(/not in the graph/);
    expect(h.refuse(removeImageSummary, { index: 3 })).toBe('there is no image summary number 4');
  });

  it('goes with its node when the node is deleted', () => {
    const h = new CommandHarness(mnistInput());
    h.run(addImageSummary, { nodeId: h.node('x_image').id });
    h.run(deleteSelection, { nodeIds: [h.node('x_image').id] });
    expect(h.doc.session?.images).toBeUndefined();
  });
});
