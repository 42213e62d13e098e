import { describe, expect, it } from 'vitest';
import { importPython } from './importPython.ts';

const HEAD = 'import tensorflow as tf; tf.set_random_seed(1)\n';
const imp = (body: string) => importPython(HEAD + body);
const said = (body: string) => imp(body).diagnostics.map((d) => [d.line, d.severity, d.message]);

const MODEL = `class Model:
    def __init__(self, sess, name, width=4):
        self.sess = sess
        self.name = name
        with tf.variable_scope(self.name):
            self.X = tf.placeholder(tf.float32, [None, 2])
            self.Y = tf.placeholder(tf.float32, [None, 1])
            W = tf.Variable(tf.zeros([2, width]))
            h = tf.nn.relu(tf.matmul(self.X, W))
            self.out = tf.layers.dense(h, 1)
        self.cost = tf.reduce_mean(tf.square(self.out - self.Y))
        self.optimizer = tf.train.GradientDescentOptimizer(0.1).minimize(self.cost)

    def train(self, x, y):
        return self.sess.run([self.cost, self.optimizer], feed_dict={self.X: x, self.Y: y})
`;

describe('classes in the importer', () => {
  it('runs __init__ on instantiation with self, arguments and defaults bound, naming nodes after the attributes under the scope', () => {
    const r = imp(`${MODEL}sess = tf.Session()\nm1 = Model(sess, "m1")\nm2 = Model(sess, name="m2", width=3)\n`);
    expect(r.diagnostics).toEqual([]);
    const names = r.document.nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['m1/X', 'm1/Y', 'm1/W', 'm1/h', 'm1/dense/kernel', 'cost', 'optimizer', 'm2/X', 'm2/dense/kernel', 'cost_1', 'optimizer_1']));
    expect(r.document.nodes.find((n) => n.name === 'm1/W')!.attrs.shape).toEqual([2, 4]);
    expect(r.document.nodes.find((n) => n.name === 'm2/W')!.attrs.shape).toEqual([2, 3]);
  });

  it("a method called in a loop is that loop's training run: steps, feeds and fetches as for a top-level sess.run", () => {
    const r = imp(`${MODEL}sess = tf.Session()\nm1 = Model(sess, "m1")\nfor step in range(201):\n    c, _ = m1.train([[0, 1]], [[1]])\n`);
    expect(r.diagnostics).toEqual([]);
    const doc = r.document;
    const id = (name: string) => doc.nodes.find((n) => n.name === name)!.id;
    expect(doc.session).toMatchObject({ steps: 201, train: id('optimizer'), fetches: [{ node: id('cost'), role: 'loss' }] });
    expect(doc.session?.feeds).toEqual({ [id('m1/X')]: { kind: 'inline', value: [[0, 1]] }, [id('m1/Y')]: { kind: 'inline', value: [[1]] } });
  });

  it('models trained one after another, each in a loop of its own: the first is the train node, the others are noted', () => {
    const r = imp(`${MODEL}sess = tf.Session()\nmodels = [Model(sess, "a"), Model(sess, "b")]\nfor m in models:\n    for step in range(50):\n        m.train([[0, 1]], [[1]])\n`);
    const doc = r.document;
    expect(doc.nodes.find((n) => n.id === doc.session?.train)?.name).toBe('optimizer');
    expect(doc.session?.steps).toBe(50);
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [21, '"optimizer_1" is run in a training loop too, but a Flowboard session trains one optimizer: it trains "optimizer" (line 21); make "optimizer_1" the session\'s train node to train that one'],
    ]);
  });

  it('a return ends the method wherever it is, and a method without one gives None', () => {
    const r = imp('class A:\n    def pick(self, n):\n        for i in range(3):\n            if i == n:\n                return tf.constant(1.0)\n            c = tf.constant(2.0)\n        return tf.constant(3.0)\n    def nothing(self):\n        pass\na = A()\nx = a.pick(1)\nn = a.nothing()\ny = x + n\n');
    expect(r.document.nodes.filter((n) => n.op === 'Constant').map((n) => n.attrs.value)).toEqual([2, 1]);
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[14, 'skipped']]);
  });

  it('lists what a class can hold but the importer does not read, each with its line and reason, and imports the rest', () => {
    const src = [
      'class Base:', //                         2
      '    pass',
      'class Child(Base):', //                  4
      '    pass',
      'class M(object):', //                    6
      '    """A model."""',
      '    rate = 0.1', //                       8
      '    @property', //                        9
      '    def size(self):',
      '        return 2',
      '    def star(self, *args):', //          12
      '        pass',
      '    def make(self):', //                 14
      '        self.count += 1',
      '        return tf.constant(self.rate)',
      'm = M()', //                             17
      'c = m.make()', //                        18: its failure is reported inside, on line 16
      's = m.size + 1', //                      19
      'k = Child()', //                         20
      'z = M(1)', //                            21
      'w = m.missing', //                       22
      'M.rate', //                              23
      'return 3', //                            24
    ].join('\n');
    const got = said(`${src}\n`);
    expect(got.map(([line, severity]) => [line, severity])).toEqual([
      [4, 'skipped'], [8, 'skipped'], [9, 'skipped'], [12, 'skipped'], [15, 'skipped'], [16, 'skipped'], [19, 'skipped'], [20, 'skipped'], [21, 'skipped'], [22, 'skipped'], [23, 'skipped'], [24, 'skipped'],
    ]);
    const message = (line: number) => got.find(([l]) => l === line)![2];
    expect(message(4)).toMatch(/inheritance is not imported/);
    expect(message(8)).toMatch(/class attributes are not imported/);
    expect(message(9)).toMatch(/decorated methods .* M\.size is missing/);
    expect(message(12)).toMatch(/\*args, which are not imported/);
    expect(message(15)).toMatch(/\+= on an attribute is not imported: state an object keeps from call to call/);
    expect(message(16)).toMatch(/M\.rate \(line 8 was not imported\)/);
    expect(message(19)).toMatch(/M\.size comes from line 9/);
    expect(message(20)).toMatch(/Child comes from line 4/);
    expect(message(21)).toMatch(/M\(\) takes no arguments/);
    expect(message(22)).toMatch(/has no attribute missing yet: set self\.missing in __init__/);
    expect(message(23)).toMatch(/class attributes are not imported/);
    expect(message(24)).toMatch(/return outside a method/);
  });

  it('stops methods that call themselves without end, and wrong arguments, with the reason', () => {
    const got = said('class R:\n    def f(self, n):\n        return self.f(n)\n    def g(self, a, b=1):\n        return a\nr = R()\nx = r.f(1)\ny = r.g()\nz = r.g(1, 2, 3)\nw = r.g(1, c=2)\n');
    expect(got).toEqual([
      // Reported where the deepest call is made, inside the method.
      [4, 'skipped', 'R.f: methods call each other more than 20 levels deep, which the importer does not follow'],
      [9, 'skipped', 'R.g() needs its a argument'],
      [10, 'skipped', 'R.g() takes 2 arguments but 3 were given'],
      [11, 'skipped', 'R.g() has no parameter c'],
    ]);
  });

  it('keeps refusing functions outside a class, naming the def where they are used', () => {
    expect(said('def f(x):\n    return x\ny = f(tf.constant(1.0))\n').map(([line, , message]) => [line, message])).toEqual([
      [2, 'functions (def) are not imported; write the graph at the top level of the program'],
      [4, 'f comes from line 2, which was not imported'],
    ]);
  });
});

describe('classes when a statement fails', () => {
  it('undoes the attributes the failed statement set, so no object keeps a node that was rolled back', () => {
    const r = imp('class A:\n    def __init__(self):\n        self.c = tf.constant(1.0)\na = A()\nb = A()\nbad = b.__init__() + nothing\nd = a.c * 2.0\ne = b.c * 3.0\n');
    expect(r.validation.filter((d) => d.severity === 'error')).toEqual([]);
    // b.__init__() set b.c to a new node, then the line failed: b.c is the one made on line 6 again.
    expect(r.document.nodes.map((n) => n.name)).toEqual(['c', 'c_1', 'Const', 'd', 'Const_1', 'e']);
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([[7, 'nothing is not defined']]);
    expect(r.document.edges.filter((e) => e.target === r.document.nodes[5].id).map((e) => e.source)).toContain(r.document.nodes[1].id);
  });
});
