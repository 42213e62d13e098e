import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { CommandHarness } from './commandHarness.ts';
import { deleteSelection } from './deleteSelection.ts';
import { addImageSummary, editImageSummary, removeImageSummary } from './imageSummaries.ts';

/** X [?, 784] and X reshaped to 28x28 grayscale images, and to 14x56 ones (`wide`). */
function mnistInput(): GraphDocument {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 784] }, 'X');
  g.add('Reshape', { shape: [-1, 28, 28, 1] }, 'x_image', { x });
  g.add('Reshape', { shape: [-1, 14, 56, 1] }, 'wide', { x });
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

describe('editImageSummary', () => {
  /** Both image nodes drawn: x_image first, wide second. */
  function drawn() {
    const h = new CommandHarness(mnistInput());
    h.run(addImageSummary, { nodeId: h.node('x_image').id });
    h.run(addImageSummary, { nodeId: h.node('wide').id });
    return h;
  }

  it('relabels a summary and clears the label back to the node name, undoably', () => {
    const h = drawn();
    const id = h.node('x_image').id;
    h.run(editImageSummary, { index: 0, label: '  digits ' });
    h.expectUndoRedo();
    expect(h.doc.session?.images?.[0]).toEqual({ node: id, label: 'digits', maxOutputs: 3 });
    h.run(editImageSummary, { index: 0, label: '' });
    h.expectUndoRedo();
    expect(h.doc.session?.images?.[0]).toEqual({ node: id, maxOutputs: 3 });
    h.noop(editImageSummary, { index: 0, label: ' ' });
  });

  it('changes how many images it keeps, undoably; the same count is no step', () => {
    const h = drawn();
    h.run(editImageSummary, { index: 1, maxOutputs: 2 });
    h.expectUndoRedo();
    expect(h.doc.session?.images?.[1].maxOutputs).toBe(2);
    h.noop(editImageSummary, { index: 1, maxOutputs: 2 });
    h.run(editImageSummary, { index: 1, maxOutputs: 64 });
    expect(h.actions.undo()).toBe(true);
    expect(h.doc.session?.images?.[1].maxOutputs).toBe(2);
  });

  it('refuses a label that is not a TensorBoard tag, naming the summary and a tag to use', () => {
    const h = drawn();
    expect(h.refuse(editImageSummary, { index: 0, label: 'my digits' })).toBe(
      'the image summary of "x_image" cannot be labelled "my digits": a TensorBoard tag has only letters, digits and _ . - /, so "my digits" is not one; try "my_digits"',
    );
    expect(h.refuse(editImageSummary, { index: 0, label: 'a//b' })).toMatch(/try "a\/b"$/);
  });

  it('refuses a tag another summary has: its label, or its node name when it has none', () => {
    const h = drawn();
    expect(h.refuse(editImageSummary, { index: 0, label: 'wide' })).toBe('the image summary of "x_image" cannot be tagged "wide": the image summary of "wide" has that tag; pick another label');
    // x_image is unlabelled, so its name is its tag and wide may not take it.
    expect(h.refuse(editImageSummary, { index: 1, label: 'x_image' })).toMatch(/cannot be tagged "x_image": the image summary of "x_image" has that tag/);
    // Once x_image is relabelled wide may; then clearing x_image's label would collide.
    h.run(editImageSummary, { index: 0, label: 'digits' });
    h.run(editImageSummary, { index: 1, label: 'x_image' });
    expect(h.refuse(editImageSummary, { index: 0, label: '' })).toBe('the image summary of "x_image" cannot be tagged "x_image": the image summary of "wide" has that tag; pick another label');
  });

  it('refuses a count outside 1..64 or not whole, and an index with no summary', () => {
    const h = drawn();
    for (const bad of [0, -1, 65, 2.5, Number.NaN]) expect(h.refuse(editImageSummary, { index: 0, maxOutputs: bad })).toMatch(/^the image summary of "x_image" cannot keep .* images: max outputs is a whole number from 1 to 64, not /);
    expect(h.refuse(editImageSummary, { index: 2, label: 'x' })).toBe('there is no image summary number 3');
    expect(h.refuse(editImageSummary, { index: 0, label: 'ok', maxOutputs: 0 })).toMatch(/cannot keep 0 images/);
    expect(h.doc.session?.images?.[0].label).toBeUndefined();
  });

  it("refuses to draw a node whose name is another summary's label", () => {
    const h = new CommandHarness(mnistInput());
    h.run(addImageSummary, { nodeId: h.node('x_image').id });
    h.run(editImageSummary, { index: 0, label: 'wide' });
    expect(h.refuse(addImageSummary, { nodeId: h.node('wide').id })).toBe('"wide" cannot be drawn as an image: the image summary of "x_image" is tagged "wide" already; relabel that one first');
  });
});
