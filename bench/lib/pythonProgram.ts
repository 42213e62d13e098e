/**
 * A deterministic TF1 program of a given number of lines, in the course's
 * style, for scaling the Python importer: a placeholder, then dense layers
 * (W, b, h = relu(matmul + b)) whose names repeat as reassigned Python names
 * do, some plain-number arithmetic, and a training loop at the end.
 */

const HEAD = ['import tensorflow as tf', 'x = tf.placeholder(tf.float32, [None, 4])', 'y = tf.placeholder(tf.float32, [None, 4])', 'h = x'];
const LAYER = [
  'W = tf.Variable(tf.random_normal([4, 4]), name="weight")',
  'b = tf.Variable(tf.zeros([4]))',
  'scale = 0.5 * 2',
  'h = tf.nn.relu(tf.matmul(h, W) + b * scale)',
];
const TAIL = [
  'cost = tf.reduce_mean(tf.square(h - y))',
  'train = tf.train.GradientDescentOptimizer(0.01).minimize(cost)',
  'sess = tf.Session()',
  'sess.run(tf.global_variables_initializer())',
  'for step in range(101):',
  '    sess.run(train, feed_dict={x: [[1, 2, 3, 4]], y: [[0, 1, 0, 1]]})',
];

/** About `lines` lines of Python (exact to within one layer, 4 lines). */
export function pythonProgram(lines: number): string {
  const layers = Math.max(1, Math.round((lines - HEAD.length - TAIL.length) / LAYER.length));
  const out = [...HEAD];
  for (let i = 0; i < layers; i++) out.push(...LAYER);
  out.push(...TAIL);
  return `${out.join('\n')}\n`;
}

/** The number of layers `pythonProgram(lines)` writes; each adds 6 nodes (W, its initial value, b, MatMul, Mul+Add, Relu ...). */
export function layersIn(source: string): number {
  return source.split('\n').filter((l) => l.startsWith('W = ')).length;
}
