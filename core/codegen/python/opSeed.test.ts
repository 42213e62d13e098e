import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/document.ts';
import { DEFAULT_GRAPH_SEED } from '../../random/seeds.ts';
import { importPython } from './importPython.ts';

const seedOf = (doc: GraphDocument, name: string) => {
  const n = doc.nodes.find((x) => x.name === name)!;
  return n.op === 'Dropout' ? n.attrs.seed : (n.attrs.initializer as { seed?: number }).seed;
};

describe('op seeds as TF1 gives them', () => {
  it('numbers the random ops made without seed= in program order, once the graph seed is set', () => {
    const src = [
      'import tensorflow as tf',
      'tf.set_random_seed(777)',
      'x = tf.placeholder(tf.float32, [None, 2])',
      'xavier = tf.contrib.layers.xavier_initializer()',
      'W1 = tf.get_variable("W1", shape=[2, 3], initializer=xavier)',
      'b1 = tf.Variable(tf.zeros([3]))',
      'W2 = tf.get_variable("W2", shape=[3, 3], initializer=xavier)',
      'b2 = tf.Variable(tf.random_normal([3], seed=42))',
      'h = tf.nn.dropout(tf.matmul(x, W1) + b1, keep_prob=0.5)',
      'W3 = tf.get_variable("W3", shape=[3, 1])',
      'b3 = tf.Variable(tf.truncated_normal([1]))',
    ].join('\n');
    const { document: doc, diagnostics } = importPython(src);
    expect(diagnostics).toEqual([]);
    // One initializer object, two ops; zeros and seed=42 take no number; dropout and the default initializer do.
    expect(['W1', 'W2', 'b2', 'h', 'W3', 'b3'].map((n) => seedOf(doc, n))).toEqual([0, 1, 42, 2, 3, 4]);
    expect(doc.nodes.find((n) => n.name === 'b1')!.attrs.initializer).toEqual({ kind: 'zeros' });
  });

  it('keeps an initializer object\'s seed= for each variable it starts', () => {
    const { document: doc } = importPython('import tensorflow as tf\ntf.set_random_seed(1)\ninit = tf.glorot_uniform_initializer(seed=7)\nA = tf.get_variable("A", shape=[2, 2], initializer=init)\nB = tf.get_variable("B", shape=[2, 2], initializer=init)\nC = tf.Variable(tf.random_uniform([2], -1, 1))\n');
    expect(['A', 'B', 'C'].map((n) => seedOf(doc, n))).toEqual([7, 7, 0]);
  });

  it('pairs op seeds with TF\'s default graph seed when the program sets none', () => {
    const { document: doc, diagnostics } = importPython('import tensorflow as tf\nW = tf.Variable(tf.random_normal([2], seed=3))\n');
    expect(seedOf(doc, 'W')).toBe(3);
    expect(doc.session?.seed).toBe(DEFAULT_GRAPH_SEED);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/default graph seed 87654321/)]);
  });

  it('says once that TF draws unseeded ops at random without a graph seed, and leaves them to Flowboard\'s count', () => {
    const { document: doc, diagnostics } = importPython('import tensorflow as tf\nW = tf.Variable(tf.random_normal([2]))\nb = tf.Variable(tf.random_normal([1]))\n');
    expect(seedOf(doc, 'W')).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([[2, 'note']]);
  });

  it('reads TF1\'s variance_scaling_initializer as He or Glorot, and refuses other settings', () => {
    const one = (init: string) => importPython(`import tensorflow as tf\ntf.set_random_seed(1)\nW = tf.get_variable("W", shape=[4, 4], initializer=${init})\n`);
    expect(one("tf.variance_scaling_initializer(scale=2.0, mode='fan_in', distribution='uniform', seed=5)").document.nodes[0].attrs.initializer).toEqual({ kind: 'heUniform', seed: 5 });
    expect(one('tf.variance_scaling_initializer(2.0)').document.nodes[0].attrs.initializer).toEqual({ kind: 'heNormal', seed: 0 });
    expect(one("tf.variance_scaling_initializer(1.0, 'fan_avg', 'uniform')").document.nodes[0].attrs.initializer).toEqual({ kind: 'glorotUniform', seed: 0 });
    expect(one("tf.variance_scaling_initializer(3.0, 'fan_out')").diagnostics[0].message).toMatch(/scale=2.0, mode="fan_in" \(He\)/);
    expect(one('tf.zeros_initializer(seed=1)').diagnostics[0].message).toMatch(/draws no random numbers, so it takes no seed/);
  });
});
