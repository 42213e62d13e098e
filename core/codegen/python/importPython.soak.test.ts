/**
 * The importer's soak: ten thousand programs built from course code and the
 * inputs that once crashed or hung it (huge ranges, deep nesting, long
 * chains, names reused thousands of times). None may throw, and each must
 * give a document the loader accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../graph/load.ts';
import { importPython } from './importPython.ts';

const LINES = [
  'x = tf.placeholder(tf.float32, [None, 2])',
  'y = tf.placeholder(tf.float32, [None, 1])',
  'W = tf.Variable(tf.random_normal([2, 1]), name="weight")',
  'b = tf.Variable(tf.zeros([1]))',
  'h = tf.sigmoid(tf.matmul(x, W) + b)',
  'h = tf.nn.relu(h)',
  'cost = tf.reduce_mean(tf.square(h - y))',
  'train = tf.train.GradientDescentOptimizer(0.1).minimize(cost)',
  'sess = tf.Session()',
  'for step in range(101):',
  '    sess.run(train, feed_dict={x: [[0, 1]], y: [[1]]})',
  'for i in range(10**9):',
  'for i in range(2**53):',
  'for i in range(3):',
  '    h = tf.nn.relu(h)',
  'if True:',
  'with tf.name_scope("layer"):',
  'def f(x):',
  '    return x',
  'print(sess.run(cost))',
  'class M:',
  '    def __init__(self, n):',
  '        self.h = tf.nn.relu(h)',
  '        self.f(n)',
  '    def f(self, n):',
  '        return self.f(n) + self.f(n)',
  '    def run(self):',
  '        return sess.run(self.h)',
  'm = M(1)',
  'for m in [M(1), M(2)]:',
  '    m.run()',
];
const BOMBS = ['(', '[', 'tf.abs(', '-', 'not ', '1 + ', ')', ']', ':', '    ', '\n'];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BOMBS), fc.integer({ min: 1, max: 600 })).map(([b, n]) => `x = ${b.repeat(n)}1`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

describe('importer soak', () => {
  it('imports 10,000 generated programs without a throw, each to a document the loader accepts', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const r = importPython(`import tensorflow as tf\n${lines.join('\n')}\n`);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        expect(parseDocument(JSON.parse(JSON.stringify(r.document))).document).toBeDefined();
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
