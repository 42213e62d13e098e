import { describe, expect, it } from 'vitest';
import { importPython } from './importPython.ts';

const HEAD = 'import tensorflow as tf\nX = tf.placeholder(tf.float32, [None, 784])\nx_image = tf.reshape(X, [-1, 28, 28, 1])\n';
const imp = (body: string) => importPython(HEAD + body);

describe('tf.summary.image', () => {
  it('becomes an image summary of the tensor, max_outputs 3 by default as in TF', () => {
    const { document: doc, diagnostics, validation } = imp("tf.summary.image('input', x_image)\ntf.summary.image('few', x_image, max_outputs=2)\n");
    const id = doc.nodes.find((n) => n.name === 'x_image')!.id;
    expect(doc.session?.images).toEqual([
      { node: id, label: 'input', maxOutputs: 3 },
      { node: id, label: 'few', maxOutputs: 2 },
    ]);
    expect(diagnostics).toEqual([]);
    expect(validation.filter((d) => d.code === 'BAD_SESSION')).toEqual([]);
  });

  it('makes one summary of the same name and node however often the line runs', () => {
    const { document: doc } = imp("for i in range(2):\n    tf.summary.image('input', x_image)\n");
    expect(doc.session?.images).toHaveLength(1);
  });

  it('tags an illegal name as TF1 renames it, and keeps at most 64 images, each with a note', () => {
    const { document: doc, diagnostics } = imp("tf.summary.image('my digits', x_image, max_outputs=100)\n");
    expect(doc.session?.images).toEqual([{ node: doc.nodes.find((n) => n.name === 'x_image')!.id, label: 'my_digits', maxOutputs: 64 }]);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [4, 'tf.summary.image "my digits" is tagged "my_digits", as TF1 renames it: a tag has only letters, digits and _ . - /'],
      [4, 'tf.summary.image "my digits" keeps 64 images per step, not 100: Flowboard draws at most 64'],
    ]);
  });

  it('tags it inside the open name scopes, and a second summary of one name on another node with _1, as TF1 does', () => {
    // TF 2.21 under tf.compat.v1 gives these tags: x/image/0, x_1/image/0, input/x/image/0 (run by hand with the venv).
    const { document: doc, diagnostics, validation } = imp("tf.summary.image('x', x_image)\ntf.summary.image('x', x_image + 1)\nwith tf.name_scope('input'):\n    tf.summary.image('x', x_image)\n");
    expect(doc.session?.images?.map((image) => image.label)).toEqual(['x', 'x_1', 'input/x']);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([[5, 'tf.summary.image "x" is tagged "x_1", as TF1 tags a second summary named "x"']]);
    expect(validation.filter((d) => d.code === 'BAD_SESSION')).toEqual([]);
  });

  it('leaves out a tensor that is not an image, saying why', () => {
    const { document: doc, diagnostics } = imp("tf.summary.image('flat', X, 3)\ntf.summary.image('rgb2', tf.reshape(X, [-1, 28, 14, 2]))\ntf.summary.image('none', x_image, 0)\n");
    expect(doc.session?.images).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['note', 4, 'tf.summary.image "flat" is left out: its value has shape [?,784], not [batch, height, width, channels]; reshape the tensor to [-1, height, width, 1] and summarise that'],
      ['note', 5, 'tf.summary.image "rgb2" is left out: its value has 2 channels (shape [?,28,14,2]); an image has 1, 3 or 4; reshape the tensor to [-1, height, width, 1] and summarise that'],
      ['note', 6, 'tf.summary.image "none" is left out: max_outputs is 0, so no image is drawn; give max_outputs of 1 or more'],
    ]);
  });
});
