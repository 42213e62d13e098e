import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/document.ts';
import { importPython } from './importPython.ts';

const imp = (body: string) => importPython(`import tensorflow as tf\n${body}`);
const named = (doc: GraphDocument, name: string) => doc.nodes.find((n) => n.name === name);

describe('importing tf.pad', () => {
  it('reads paddings, mode CONSTANT and constant_values', () => {
    const { document: doc, diagnostics } = imp("x = tf.placeholder(tf.float32, [None, 19, 19, 48])\np = tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]], 'CONSTANT')\nq = tf.pad(x, paddings=[[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=-1)\n");
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'p')).toMatchObject({ op: 'Pad', attrs: { paddings: [[0, 0], [2, 2], [2, 2], [0, 0]] } });
    expect(named(doc, 'q')).toMatchObject({ op: 'Pad', attrs: { paddings: [[0, 0], [1, 1], [1, 1], [0, 0]], constantValue: -1 } });
  });
  it('refuses modes REFLECT and SYMMETRIC, and paddings computed as a tensor, saying why', () => {
    const { diagnostics } = imp("x = tf.placeholder(tf.float32, [2, 3])\np = tf.pad(x, [[1, 1], [1, 1]], mode='REFLECT')\nq = tf.pad(x, tf.constant([[1, 1], [1, 1]]))\n");
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, "tf.pad: mode 'REFLECT' is not supported; Flowboard's Pad adds a constant border (mode 'CONSTANT') only"],
      [4, expect.stringContaining("tf.pad's paddings must be a list of whole numbers written in the code")],
    ]);
  });
});

describe('importing tf.gather and tf.nn.embedding_lookup', () => {
  it('reads an embedding lookup (Kim\'s CNN) and a gather along an axis', () => {
    const src = "W = tf.Variable(tf.zeros([100, 8]))\nids = tf.placeholder(tf.int32, [None, 20])\nemb = tf.nn.embedding_lookup(W, ids)\ncols = tf.gather(W, [0, 3], axis=1)\nrows = tf.gather(W, ids, validate_indices=True)\n";
    const { document: doc, diagnostics } = imp(src);
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'emb')).toMatchObject({ op: 'Gather', attrs: {} });
    expect(named(doc, 'cols')).toMatchObject({ op: 'Gather', attrs: { axis: 1 } });
    expect(named(doc, 'rows')).toMatchObject({ op: 'Gather', attrs: {} });
    const indices = doc.edges.find((e) => e.target === named(doc, 'cols')!.id && e.targetInput === 'indices')!;
    expect(doc.nodes.find((n) => n.id === indices.source)).toMatchObject({ op: 'Constant', attrs: { value: [0, 3], dtype: 'int32' } });
  });
  it('refuses sharded tables, max_norm and batch_dims, saying why', () => {
    const src = "A = tf.Variable(tf.zeros([4, 2]))\nB = tf.Variable(tf.zeros([4, 2]))\nids = tf.placeholder(tf.int32, [None])\ne = tf.nn.embedding_lookup([A, B], ids)\nf = tf.nn.embedding_lookup(A, ids, max_norm=1.0)\ng = tf.gather(A, ids, batch_dims=1)\n";
    expect(imp(src).diagnostics.map((d) => [d.line, d.message])).toEqual([
      [5, 'tf.nn.embedding_lookup: params split over several tensors (sharded) is not supported; pass one embedding matrix'],
      [6, 'tf.nn.embedding_lookup: max_norm is not supported; Flowboard looks rows up unchanged'],
      [7, "tf.gather: batch_dims is not supported; Flowboard's Gather picks along one axis for the whole batch"],
    ]);
  });
});

describe('importing tf.slice', () => {
  it('reads begin and size, -1 included (the course\'s x_data and y_data columns)', () => {
    const { document: doc, diagnostics } = imp('xy = tf.placeholder(tf.float32, [None, 9])\nx = tf.slice(xy, [0, 0], [-1, 8])\ny = tf.slice(input_=xy, begin=[0, 8], size=[-1, 1])\n');
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'x')).toMatchObject({ op: 'Slice', attrs: { begin: [0, 0], size: [-1, 8] } });
    expect(named(doc, 'y')).toMatchObject({ op: 'Slice', attrs: { begin: [0, 8], size: [-1, 1] } });
  });
});

describe('importing tf.nn.local_response_normalization', () => {
  it('reads depth_radius, bias, alpha and beta, by position or keyword, under either name', () => {
    const src = 'x = tf.placeholder(tf.float32, [None, 55, 55, 96])\nn1 = tf.nn.local_response_normalization(x, depth_radius=2, bias=1.0, alpha=2e-05, beta=0.75)\nn2 = tf.nn.lrn(x, 2, 2.0, 1e-4, 0.75)\nn3 = tf.nn.lrn(x)\n';
    const { document: doc, diagnostics } = imp(src);
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'n1')).toMatchObject({ op: 'LRN', attrs: { depthRadius: 2, bias: 1, alpha: 2e-5, beta: 0.75 } });
    expect(named(doc, 'n2')).toMatchObject({ op: 'LRN', attrs: { depthRadius: 2, bias: 2, alpha: 1e-4, beta: 0.75 } });
    expect(named(doc, 'n3')).toMatchObject({ op: 'LRN', attrs: {} });
  });
});
