import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { parseDocument } from './load.ts';
import { notAnImage } from './checkImages.ts';

/** X [?, 784] reshaped to [-1, 28, 28, 1], and the image summaries given. */
function mnistImages(images: unknown) {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 784] }, 'X');
  const r = g.add('Reshape', { shape: [-1, 28, 28, 1] }, 'x_image', { x });
  g.session = { fetches: [], feeds: { [x.id]: { kind: 'inline', value: [Array(784).fill(0)] } } };
  const doc = JSON.parse(JSON.stringify(g.doc('images')));
  doc.session.images = images;
  return { doc, x: x.id, r: r.id };
}

describe('session.images', () => {
  it('loads image summaries; old documents have none', () => {
    const { doc, r } = mnistImages(undefined);
    expect(parseDocument(doc).document?.session?.images).toBeUndefined();
    doc.session.images = [{ node: r, label: 'input', maxOutputs: 3 }];
    const loaded = parseDocument(doc);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.document?.session?.images).toEqual([{ node: r, label: 'input', maxOutputs: 3 }]);
  });

  it('drops an entry that is not an object or names no node, and keeps the others with what can be read, each with a diagnostic', () => {
    const { doc, r } = mnistImages([{ node: 'n1' }, 7, { node: 'n1', maxOutputs: 2.5 }, { node: 'n1', label: 5 }, { maxOutputs: 2 }, { node: 'n1', colour: 'red' }, { node: 'n1', maxOutputs: '3' }]);
    const loaded = parseDocument(doc);
    expect(loaded.document?.session?.images).toEqual([{ node: r }, { node: r }, { node: r }, { node: r }, { node: r }]);
    expect(loaded.diagnostics.filter((d) => d.code === 'BAD_FIELD').map((d) => [d.severity, d.message])).toEqual([
      ['error', 'session.images[1] is 7, not an object: it was dropped'],
      ['warning', 'session.images[2] (node "n1") had maxOutputs 2.5, not a whole number: it keeps 3 images, TF\'s default'],
      ['warning', 'session.images[3] (node "n1") had a label that is 5, not text: it is drawn under its node\'s name'],
      ['error', 'session.images[4] has no node id (got nothing): it was dropped'],
      ['warning', 'session.images[5] (node "n1") has an unknown field "colour": it was ignored'],
      ['warning', 'session.images[6] (node "n1") had maxOutputs "3", not a whole number: it keeps 3 images, TF\'s default'],
    ]);
    const notList = mnistImages({ node: r }).doc;
    expect(parseDocument(notList).diagnostics.map((d) => d.message)).toContain('session.images must be a list, got an object: it was dropped');
  });

  it('keeps a summary whose label or max outputs the Session panel would refuse, mended as TF1 would, with a warning', () => {
    // Saved before the panel checked them (imageTags.ts): the summary is kept, not lost.
    const { doc, r } = mnistImages([{ node: 'n1', label: 'my digits', maxOutputs: 65 }, { node: 'n1', label: '/input', maxOutputs: 0 }]);
    const loaded = parseDocument(doc);
    expect(loaded.document?.session?.images).toEqual([
      { node: r, label: 'my_digits', maxOutputs: 64 },
      { node: r, label: 'input', maxOutputs: 1 },
    ]);
    expect(loaded.diagnostics.filter((d) => d.code === 'BAD_FIELD').map((d) => [d.severity, d.nodeId, d.message])).toEqual([
      ['warning', r, 'session.images[0] (node "n1") had label "my digits", which is not a TensorBoard tag (only letters, digits and _ . - /): it is now "my_digits", as TF1 renames it'],
      ['warning', r, 'session.images[0] (node "n1") had maxOutputs 65: it is now 64, as it must be from 1 to 64'],
      ['warning', r, 'session.images[1] (node "n1") had label "/input", which is not a TensorBoard tag (only letters, digits and _ . - /): it is now "input", as TF1 renames it'],
      ['warning', r, 'session.images[1] (node "n1") had maxOutputs 0: it is now 1, as it must be from 1 to 64'],
    ]);
  });

  it('says which node is not an image, and which does not exist', () => {
    const { doc, x } = mnistImages([{ node: 'n0' }, { node: 'n9' }]);
    const messages = parseDocument(doc).analysis!.diagnostics.filter((d) => d.code === 'BAD_SESSION');
    expect(messages.map((d) => [d.nodeId, d.message])).toEqual([
      [x, 'the image summary of "X" cannot be drawn: its value has shape [?,784], not [batch, height, width, channels]'],
      [undefined, 'the session draws node "n9" as an image, which does not exist'],
    ]);
  });

  it('says which two summaries share a tag: a label, or a node name where there is none', () => {
    const { doc, r } = mnistImages([{ node: 'n1', label: 'X' }, { node: 'n0' }]);
    const messages = parseDocument(doc).analysis!.diagnostics.filter((d) => d.message.includes('tagged'));
    expect(messages.map((d) => [d.nodeId, d.message])).toEqual([['n0', 'the image summaries of "x_image" and "X" are both tagged "X"']]);
    expect(r).toBe('n1');
  });

  it('takes 1, 3 or 4 channels, as TF does', () => {
    expect(notAnImage({ dtype: 'float32', shape: [null, 28, 28, 1] })).toBeUndefined();
    expect(notAnImage({ dtype: 'int32', shape: [2, 8, 8, 4] })).toBeUndefined();
    expect(notAnImage({ dtype: 'float32', shape: [2, 8, 8, 2] })).toBe('its value has 2 channels (shape [2,8,8,2]); an image has 1, 3 or 4');
    expect(notAnImage({ dtype: 'bool', shape: [2, 8, 8, 3] })).toBe('its value is true/false, not numbers');
    expect(notAnImage({ dtype: 'float32', shape: null })).toBeUndefined();
  });
});
