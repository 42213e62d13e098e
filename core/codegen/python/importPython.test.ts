import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/document.ts';
import { importPython } from './importPython.ts';

const HEAD = 'import tensorflow as tf\n';
const imp = (body: string) => importPython(HEAD + body);
const named = (doc: GraphDocument, name: string) => doc.nodes.find((n) => n.name === name);
const inputsOf = (doc: GraphDocument, name: string) => {
  const id = named(doc, name)!.id;
  return Object.fromEntries(doc.edges.filter((e) => e.target === id).map((e) => [e.targetInput, doc.nodes.find((n) => n.id === e.source)!.name]));
};

describe('importPython', () => {
  it('turns numbers next to tensors into Constants of the tensor dtype, and computes plain number arithmetic', () => {
    const { document: doc, diagnostics } = imp('scale = 2 * 3\nx = tf.placeholder(tf.float32)\ny = x * scale - 1\n');
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'scale')).toMatchObject({ op: 'Constant', attrs: { value: 6, dtype: 'float32' } });
    expect(named(doc, 'Const')).toMatchObject({ op: 'Constant', attrs: { value: 1, dtype: 'float32' } });
    expect(inputsOf(doc, 'y')).toEqual({ x: 'Mul', y: 'Const' });
    const ints = imp('n = tf.placeholder(tf.int32)\nh = n * 0.5\n');
    expect(ints.diagnostics).toEqual([{ severity: 'skipped', line: 3, message: 'the operands of *: a fraction cannot become an int32 tensor; tf.cast the tensor to tf.float32 first' }]);
  });

  it("skips tf.train.Saver with where Flowboard saves and restores trained weights instead", () => {
    const { diagnostics } = imp('saver = tf.train.Saver()\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'skipped', line: 2 });
    expect(diagnostics[0].message).toContain('Save trained weights');
    expect(diagnostics[0].message).toContain('--load-weights');
  });

  it('names the node an assignment makes, keeps TF1 names given with name=, and numbers a reassigned name', () => {
    const { document: doc } = imp("x = tf.placeholder(tf.float32, [None, 2], name='x-input')\nh = tf.nn.relu(x)\nh = tf.sigmoid(h)\nW = tf.Variable(tf.zeros([2]), name='weight')\n");
    expect(doc.nodes.map((n) => [n.name, n.op])).toEqual([['x-input', 'Placeholder'], ['h', 'Relu'], ['h_1', 'Sigmoid'], ['weight', 'Variable']]);
  });

  it('reads TF1 spellings through tf.compat.v1 and tf.math, and the optimizers with TF1 defaults', () => {
    const src = 'import tensorflow.compat.v1 as tf\nx = tf.compat.v1.placeholder(tf.float32, [None])\nW = tf.Variable(tf.random.normal([1]))\nc = tf.math.reduce_mean(tf.math.log(x * W))\nt = tf.train.AdamOptimizer().minimize(c)\nm = tf.train.MomentumOptimizer(0.1, 0.5, use_nesterov=True).minimize(c)\n';
    const { document: doc, diagnostics } = importPython(src);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([[3, expect.stringMatching(/^tf\.random\.normal has no seed and the program sets no graph seed/)]]);
    expect(doc.nodes.map((n) => n.op)).toEqual(['Placeholder', 'Variable', 'Mul', 'Log', 'ReduceMean', 'Minimize', 'Minimize']);
    expect(named(doc, 't')!.attrs).toEqual({ optimizer: 'Adam', learningRate: 0.001 });
    expect(named(doc, 'm')!.attrs).toEqual({ optimizer: 'Momentum', learningRate: 0.1, momentum: 0.5, useNesterov: true });
  });

  it('lists every argument it does not use instead of dropping it', () => {
    const { diagnostics } = imp('x = tf.placeholder(tf.float32)\ny = tf.nn.relu(x, foo=1)\nz = tf.sigmoid(x, 2, 3)\n');
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [3, 'note', 'tf.nn.relu: foo= was ignored'],
      [4, 'note', 'tf.sigmoid: argument 2, argument 3 were ignored'],
    ]);
  });

  it('rolls a failing statement back whole, and says why later lines that use it fail', () => {
    const { document: doc, diagnostics } = imp('x = tf.placeholder(tf.float32)\ny = tf.square(tf.exp(x)) ** 3\nz = y + 1\nw = tf.exp(x)\n');
    // Nothing of line 3 (not even its Exp and Square) is left behind.
    expect(doc.nodes.map((n) => n.name)).toEqual(['x', 'w']);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'only x ** 2 (Square) and x ** 0.5 (Sqrt) are supported; Flowboard has no Pow op'],
      [4, 'y comes from line 3, which was not imported'],
    ]);
  });

  it('keeps the earlier value of a name whose new value cannot be imported, so the rest still connects', () => {
    const { document: doc, diagnostics } = imp('x = tf.placeholder(tf.float32)\nh = tf.nn.relu(x)\nh = tf.nn.selu(h)\nout = tf.sigmoid(h)\n');
    expect(diagnostics.map((d) => d.message)).toEqual(['tf.nn.selu has no Flowboard op; h keeps its earlier value']);
    expect(inputsOf(doc, 'out')).toEqual({ x: 'h' });
  });

  it('unrolls loops that build layers and walks a session loop once', () => {
    const src = 'x = tf.placeholder(tf.float32, [None, 4])\nh = x\nfor i in range(3):\n    h = tf.nn.relu(h, name="relu%d" % i)\nc = tf.reduce_mean(h)\nsess = tf.Session()\nfor step in range(7):\n    sess.run(c, feed_dict={x: [[1, 2, 3, 4]]})\n';
    const { document: doc } = imp(src);
    expect(doc.nodes.filter((n) => n.op === 'Relu').map((n) => n.name)).toEqual(['relu0', 'relu1', 'relu2']);
    expect(doc.session?.feeds[named(doc, 'x')!.id]).toEqual({ kind: 'inline', value: [[1, 2, 3, 4]] });
    expect(doc.nodes).toHaveLength(5);
  });

  it('reads the training loop: steps, log interval, feeds and fetch roles, evaluation feeds after the loop', () => {
    const src = [
      'x = tf.placeholder(tf.float32, [None])',
      'keep = tf.placeholder(tf.float32)',
      'W = tf.Variable(tf.ones([1]))',
      'cost = tf.reduce_mean(tf.square(x * W * keep))',
      'accuracy = tf.reduce_mean(x)',
      'err = tf.reduce_sum(x * W)',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(cost)',
      'steps = 50',
      'with tf.Session() as sess:',
      '    for step in range(steps + 1):',
      '        c, e, _ = sess.run([cost, err, train], feed_dict={x: [1, 2], keep: 0.5})',
      '        if step % 10 == 0:',
      '            print(step, c, e)',
      "    print('acc', sess.run(accuracy, feed_dict={x: [3, 4], keep: 1.0}))",
    ].join('\n');
    const { document: doc, diagnostics } = imp(src);
    expect(diagnostics).toEqual([]);
    const id = (n: string) => named(doc, n)!.id;
    expect(doc.session).toEqual({
      train: id('train'),
      steps: 51,
      logEvery: 10,
      feeds: { [id('x')]: { kind: 'inline', value: [1, 2] }, [id('keep')]: { kind: 'inline', value: 0.5 } },
      evalFeeds: { [id('x')]: { kind: 'inline', value: [3, 4] }, [id('keep')]: { kind: 'inline', value: 1 } },
      fetches: [{ node: id('cost'), role: 'loss' }, { node: id('err'), role: 'metric' }, { node: id('accuracy'), role: 'accuracy' }],
    });
  });

  it('lays the graph out and validates it', () => {
    const r = imp('a = tf.constant(1.0)\nb = tf.constant([1, 2])\nc = a + b\n');
    expect(r.document.nodes.every((n) => n.position.x >= 0)).toBe(true);
    // TF1 makes [1, 2] an int32 constant, so adding it to a float is the graph's error to report.
    expect(r.validation.map((d) => d.code)).toEqual(['DTYPE_MISMATCH']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = importPython(text);
        return Array.isArray(r.diagnostics) && r.document.format === 'flowboard.graph';
      }),
      { numRuns: 300 },
    );
    const pieces = ['x = ', 'tf.', 'placeholder(', ')', '[', ']', '\n', '    ', 'for i in range(3):', ' + ', 'sess.run(', 'if ', ':', ',', '"', '1', 'None'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        importPython(HEAD + parts.join(''));
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
