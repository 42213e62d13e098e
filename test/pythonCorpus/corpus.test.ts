/**
 * The importer on course-style programs, one or more per lesson: each imports,
 * validates, fills the session from its training loop, and (for the training
 * lessons) trains with Flowboard's Trainer to the result the lesson teaches.
 * `rejects.py` holds what the importer must refuse, line by line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatasets } from '../../cli/datasets.ts';
import { importPython, type ImportResult } from '../../core/codegen/python/importPython.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { saveDocument } from '../../core/graph/save.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import type { TrainResult } from '../../core/runtime/trainTypes.ts';

const dir = new URL('./', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const imported = new Map<string, ImportResult & { source: string }>();

function load(file: string): ImportResult & { source: string } {
  let r = imported.get(file);
  if (!r) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    // Data files (np.loadtxt) are read from beside the program, as flowboard import reads them.
    const readFile = (path: string) => (existsSync(new URL(path, dir)) ? readFileSync(new URL(path, dir), 'utf8') : undefined);
    r = { ...importPython(source, { title: file, source: file, readFile }), source };
    imported.set(file, r);
  }
  return r;
}

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

const trained = new Map<string, Promise<TrainResult>>();
/** Trains a program's imported graph once per test file run; `steps` shortens long MNIST runs. */
function train(file: string, steps?: number): Promise<TrainResult> {
  const key = `${file}:${steps}`;
  if (!trained.has(key)) {
    trained.set(key, (async () => {
      const trainer = await Trainer.create(load(file).document, { backend, datasets: nodeDatasets(), ...(steps ? { steps } : {}) });
      try {
        return await trainer.train();
      } finally {
        trainer.dispose();
      }
    })());
  }
  return trained.get(key)!;
}

const node = (doc: GraphDocument, name: string) => {
  const n = doc.nodes.find((x) => x.name === name);
  if (!n) throw new Error(`no node "${name}"; nodes: ${doc.nodes.map((x) => x.name).join(', ')}`);
  return n;
};
const nameOf = (doc: GraphDocument, id: string | undefined) => doc.nodes.find((n) => n.id === id)?.name;
const skipped = (r: ImportResult) => r.diagnostics.filter((d) => d.severity === 'skipped');
const values = (r: TrainResult, name: string) => Array.from(r.variables[name].values);

describe.each(programs)('%s', (file) => {
  it('imports, validates without errors, and saves as a loadable document', () => {
    const r = load(file);
    expect(r.document.nodes.length).toBeGreaterThan(0);
    expect(r.validation.filter((d) => d.severity === 'error')).toEqual([]);
    const lines = r.source.split('\n').length;
    for (const d of r.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
    }
    const reloaded = loadDocumentText(saveDocument(r.document));
    expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(reloaded.document?.nodes).toHaveLength(r.document.nodes.length);
  });

  it('lays the graph out left to right: every wire runs to a column further right', () => {
    const { document } = load(file);
    const x = new Map(document.nodes.map((n) => [n.id, n.position.x]));
    for (const e of document.edges) expect(x.get(e.target)!).toBeGreaterThan(x.get(e.source)!);
    const spots = new Set(document.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(document.nodes.length);
  });
});

describe('lesson 1: hello', () => {
  it('has the constants, the placeholders and the adder, fed 3 and 4.5, and notes the second feed', () => {
    const r = load('lesson01_hello.py');
    const { document: doc } = r;
    expect(doc.nodes.map((n) => [n.name, n.op])).toEqual([
      ['node1', 'Constant'], ['node2', 'Constant'], ['node3', 'Add'], ['a', 'Placeholder'], ['b', 'Placeholder'], ['adder_node', 'Add'],
    ]);
    expect(doc.session?.feeds).toEqual({ [node(doc, 'a').id]: { kind: 'inline', value: 3 }, [node(doc, 'b').id]: { kind: 'inline', value: 4.5 } });
    expect(doc.session?.fetches.map((f) => [nameOf(doc, f.node), f.role])).toEqual([['node1', 'prediction'], ['node2', 'prediction'], ['node3', 'prediction'], ['adder_node', 'prediction']]);
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[17, 'note'], [17, 'note']]);
    expect(skipped(r)).toEqual([]);
  });

  it('runs to 7 and 7.5', async () => {
    const { document } = load('lesson01_hello.py');
    const { analyze } = await import('../../core/graph/analyze.ts');
    const session = new Session(analyze(document), { backend, seed: 0 });
    const [sum, adder] = session.run(['node3', 'adder_node'], { a: 3, b: 4.5 });
    expect([(await sum.data())[0], (await adder.data())[0]]).toEqual([7, 7.5]);
    session.dispose();
  });
});

describe('lesson 2: linear regression', () => {
  it('reads the loop: train node, 2001 steps, log every 20, seed 777, cost as the loss', () => {
    const { document: doc } = load('lesson02_linear_regression.py');
    expect(doc.session).toMatchObject({ steps: 2001, logEvery: 20, seed: 777, feeds: {} });
    expect(nameOf(doc, doc.session?.train)).toBe('train');
    expect(doc.session?.fetches.map((f) => [nameOf(doc, f.node), f.role])).toEqual([['cost', 'loss']]);
    // The list literal is a Constant named after its Python variable; numbers take the tensor's dtype.
    expect(node(doc, 'x_train')).toMatchObject({ op: 'Constant', attrs: { value: [1, 2, 3], dtype: 'float32' } });
    expect(node(doc, 'train').attrs).toEqual({ optimizer: 'GradientDescent', learningRate: 0.01 });
  });

  it('trains W to 1 and b to 0', async () => {
    const r = await train('lesson02_linear_regression.py');
    expect(r.steps).toBe(2001);
    expect(Math.abs(values(r, 'weight')[0] - 1)).toBeLessThan(0.01);
    expect(Math.abs(values(r, 'bias')[0])).toBeLessThan(0.02);
    expect(r.loss!).toBeLessThan(1e-4);
  });
});

describe('lesson 3: linear regression with feeds', () => {
  it('binds the feed_dict and substitutes the learning_rate hyperparameter', () => {
    const r = load('lesson03_linear_regression_feed.py');
    const doc = r.document;
    expect(doc.session?.feeds[node(doc, 'X').id]).toEqual({ kind: 'inline', value: [1, 2, 3, 4, 5] });
    expect(doc.session?.feeds[node(doc, 'Y').id]).toEqual({ kind: 'inline', value: [2.1, 3.1, 4.1, 5.1, 6.1] });
    expect(node(doc, 'train').attrs.learningRate).toBe(0.01);
    // The predictions on new X after training are runs, not training data: noted, not bound.
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[31, 'note'], [32, 'note'], [33, 'note']]);
  });

  it('trains W to 1.0 and b to 1.1', async () => {
    const r = await train('lesson03_linear_regression_feed.py');
    expect(values(r, 'weight')[0]).toBeCloseTo(1, 2);
    expect(values(r, 'bias')[0]).toBeCloseTo(1.1, 2);
  });
});

describe('lesson 4: multi-variable regression', () => {
  it('predicts the final scores within 5% after 2001 steps at learning rate 1e-5', async () => {
    const r = await train('lesson04_multi_variable.py');
    const w = values(r, 'weight');
    const b = values(r, 'bias')[0];
    const x = [[73, 80, 75], [93, 88, 93], [89, 91, 90], [96, 98, 100], [73, 66, 70]];
    const y = [152, 185, 180, 196, 142];
    x.forEach((row, i) => expect(Math.abs(row[0] * w[0] + row[1] * w[1] + row[2] * w[2] + b - y[i]) / y[i]).toBeLessThan(0.05));
    expect(r.history[0].loss / r.loss!).toBeGreaterThan(1000);
  });
});

describe('lesson 4-3: data from a CSV file', () => {
  it("binds np.loadtxt's columns to the Placeholders as the slicing picks them, and keeps the file", () => {
    const { document, diagnostics } = load('lesson19_csv_multi_variable.py');
    const feeds = document.session!.feeds;
    expect(feeds[node(document, 'X').id]).toEqual({ kind: 'csv', path: 'exam-scores.csv', columns: ['col1', 'col2', 'col3'] });
    expect(feeds[node(document, 'Y').id]).toEqual({ kind: 'csv', path: 'exam-scores.csv', columns: ['col4'] });
    const kept = document.session!.files!['exam-scores.csv'].split('\n');
    expect(kept[0]).toBe('col1,col2,col3,col4');
    expect(kept).toHaveLength(26);
    expect(diagnostics.filter((d) => d.severity === 'skipped')).toEqual([]);
    expect(diagnostics.map((d) => d.line)).toContain(6);
  });

  it('trains on the file: the cost falls by more than 100x and predictions land within 5%', async () => {
    const r = await train('lesson19_csv_multi_variable.py');
    const rows = readFileSync(new URL('exam-scores.csv', dir), 'utf8').split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').map(Number));
    const w = values(r, 'weight');
    const b = values(r, 'bias')[0];
    for (const [a, c, d, y] of rows) expect(Math.abs(a * w[0] + c * w[1] + d * w[2] + b - y) / y).toBeLessThan(0.05);
    expect(r.history[0].loss / r.loss!).toBeGreaterThan(100);
  });
});

describe('lessons 5-7: XOR', () => {
  it('logistic regression cannot learn it: accuracy 0.5, cost stuck near ln 2', async () => {
    const r = await train('lesson05_xor_logistic.py');
    expect(r.metrics.accuracy).toBe(0.5);
    expect(r.loss!).toBeCloseTo(Math.LN2, 2);
  });

  it('the 2-2-1 network learns it: accuracy 1.0', async () => {
    const doc = load('lesson06_xor_nn.py').document;
    expect(doc.session?.fetches.map((f) => [nameOf(doc, f.node), f.role])).toEqual([['cost', 'loss'], ['hypothesis', 'prediction'], ['predicted', 'prediction'], ['accuracy', 'accuracy']]);
    expect(doc.session).toMatchObject({ steps: 10001, logEvery: 100 });
    const r = await train('lesson06_xor_nn.py');
    expect(r.metrics.accuracy).toBe(1);
    // Where TensorFlow 2.21 ends the same program (seed 777): cost 0.05879 (test/tf/xorReadme.tf.test.ts checks it step by step).
    expect(r.loss!).toBeCloseTo(0.0588, 3);
  });

  it('wider (2-10-1) and deeper (four layers, written with @) nets reach a lower cost than 2-2-1', async () => {
    const base = (await train('lesson06_xor_nn.py')).loss!;
    for (const file of ['lesson07_xor_wide.py', 'lesson07_xor_deep.py']) {
      const r = await train(file);
      expect(r.metrics.accuracy).toBe(1);
      expect(r.loss!).toBeLessThan(base);
    }
    expect(load('lesson07_xor_deep.py').document.nodes.filter((n) => n.op === 'MatMul')).toHaveLength(4);
  });
});

describe('lesson 8: vanishing gradients', () => {
  it('unrolls the layer loop into nine named layers with the loop counter in their names', () => {
    const doc = load('lesson08_vanishing_relu.py').document;
    expect(doc.nodes.filter((n) => n.op === 'Relu').map((n) => n.name)).toEqual(Array.from({ length: 9 }, (_, i) => `layer${i + 1}`));
    // Each tf.get_variable makes a random op: TF numbers them 0, 1, ... in the order the loop makes them.
    expect(node(doc, 'W1').attrs).toEqual({ shape: [2, 10], initializer: { kind: 'heNormal', seed: 0 } });
    expect(node(doc, 'W9').attrs.shape).toEqual([10, 10]);
    expect(node(load('lesson08_vanishing_sigmoid.py').document, 'W5').attrs.initializer).toEqual({ kind: 'glorotUniform', seed: 4 });
  });

  it('nine sigmoid layers stall at chance while nine ReLU layers learn', async () => {
    const sigmoid = await train('lesson08_vanishing_sigmoid.py');
    const relu = await train('lesson08_vanishing_relu.py');
    expect(sigmoid.loss!).toBeGreaterThan(0.69);
    expect(relu.loss!).toBeLessThan(0.01);
    expect(relu.metrics.accuracy).toBe(1);
  });
});

describe('lesson 9: all-zero initialisation', () => {
  it('does not learn: the cost stays ln 2 at every logged step', async () => {
    const doc = load('lesson09_init_zeros.py').document;
    expect(node(doc, 'weight2').attrs.initializer).toEqual({ kind: 'zeros' });
    const r = await train('lesson09_init_zeros.py');
    for (const log of r.history) expect(log.loss).toBeCloseTo(Math.LN2, 5);
    expect(r.metrics.accuracy).toBe(0.5);
  });
});

describe('softmax classification', () => {
  it('lab 6-1 trains, and the argmax of a fetched numpy value is reported, not imported', async () => {
    const r = load('lesson10_softmax.py');
    expect(skipped(r).map((d) => [d.line, d.message])).toEqual([[50, expect.stringMatching(/^tf.argmax's input must be a tensor or numbers, got a value fetched with sess.run: a NumPy value computed in Python/)]]);
    expect(node(r.document, 'X').attrs).toEqual({ dtype: 'float32', shape: [null, 4] });
    expect((await train('lesson10_softmax.py')).loss!).toBeLessThan(0.2);
  });

  it('lab 6-2 (one_hot, reshape, softmax_cross_entropy_with_logits, Adam) reaches accuracy 1', async () => {
    const doc = load('lesson11_softmax_logits.py').document;
    expect(node(doc, 'Y_one_hot').op).toBe('OneHot');
    expect(node(doc, 'Y_one_hot_1')).toMatchObject({ op: 'Reshape', attrs: { shape: [-1, 3] } });
    expect(node(doc, 'optimizer').attrs).toEqual({ optimizer: 'Adam', learningRate: 0.1 });
    expect(doc.session).toMatchObject({ steps: 500, logEvery: 100 });
    const r = await train('lesson11_softmax_logits.py');
    expect(r.metrics.accuracy).toBe(1);
  });
});

describe('lesson 12: TensorBoard', () => {
  it('keeps name scopes and TF names, and logs the summary scalars', async () => {
    const r = load('lesson12_tensorboard.py');
    const doc = r.document;
    for (const name of ['x-input', 'y-input', 'layer1/weight1', 'layer1/bias1', 'layer2/hypothesis', 'cost/cost', 'train/train']) node(doc, name);
    expect(doc.session?.fetches.map((f) => [nameOf(doc, f.node), f.role])).toEqual([['cost/cost', 'loss'], ['accuracy', 'accuracy'], ['layer2/hypothesis', 'prediction'], ['predicted', 'prediction']]);
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[18, 'note'], [19, 'note'], [43, 'note']]);
    const t = await train('lesson12_tensorboard.py');
    expect(t.metrics.accuracy).toBe(1);
  });
});

describe('mini-batches', () => {
  it('reads epochs and the batch size from the shuffled loop, and trains y = 2x + 1', async () => {
    const doc = load('lesson13_minibatch.py').document;
    expect(doc.session).toMatchObject({ epochs: 300, batchSize: 4, seed: 3 });
    expect(doc.session?.steps).toBeUndefined();
    expect(node(doc, 'train').attrs).toEqual({ optimizer: 'Momentum', learningRate: 0.005, momentum: 0.9 });
    const r = await train('lesson13_minibatch.py');
    expect(r.steps).toBe(600);
    expect(values(r, 'W')[0]).toBeCloseTo(2, 2);
    expect(values(r, 'b')[0]).toBeCloseTo(1, 1);
  });
});

describe('MNIST lessons', () => {
  it('bind MNIST train batches and the test set for evaluation, 15 epochs of 100', () => {
    for (const file of ['lesson14_mnist_xavier.py', 'lesson15_mnist_dropout.py', 'lesson16_mnist_cnn.py']) {
      const doc = load(file).document;
      const x = node(doc, 'X').id;
      expect(doc.session).toMatchObject({ epochs: 15, batchSize: 100 });
      expect(doc.session?.feeds[x]).toEqual({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' });
      expect(doc.session?.evalFeeds?.[x]).toEqual({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' });
      expect(skipped(load(file))).toEqual([]);
    }
  });

  it('lesson 10-2 (784-256-256-10, Xavier, Adam) passes 90% test accuracy within 200 steps', async () => {
    const r = await train('lesson14_mnist_xavier.py', 200);
    expect(r.metrics.accuracy).toBeGreaterThan(0.9);
  });

  it('dropout is fed keep_prob 0.7 in training and 1 in evaluation', () => {
    const doc = load('lesson15_mnist_dropout.py').document;
    const keep = node(doc, 'keep_prob');
    expect(doc.session?.feeds[keep.id]).toEqual({ kind: 'inline', value: 0.7 });
    expect(doc.session?.evalFeeds?.[keep.id]).toEqual({ kind: 'inline', value: 1 });
    const dropouts = doc.nodes.filter((n) => n.op === 'Dropout');
    expect(dropouts.map((n) => n.name)).toEqual(['L1_1', 'L2_1']);
    for (const d of dropouts) expect(doc.edges.find((e) => e.target === d.id && e.targetInput === 'keepProb')?.source).toBe(keep.id);
  });

  it('the CNN has its convolutions and pools with TF1 attrs, and the flattened shape checks out', async () => {
    const doc = load('lesson16_mnist_cnn.py').document;
    expect(doc.nodes.filter((n) => n.op === 'Conv2D').map((n) => n.attrs)).toEqual([{ strides: [1, 1, 1, 1], padding: 'SAME' }, { strides: [1, 1, 1, 1], padding: 'SAME' }]);
    expect(doc.nodes.filter((n) => n.op === 'MaxPool').map((n) => n.attrs.ksize)).toEqual([[1, 2, 2, 1], [1, 2, 2, 1]]);
    expect(node(doc, 'L2_flat').attrs.shape).toEqual([-1, 3136]);
    expect(node(doc, 'W1').attrs.initializer).toEqual({ kind: 'randomNormal', mean: 0, stddev: 0.01, seed: 0 });
    const { analyze } = await import('../../core/graph/analyze.ts');
    const a = analyze(doc);
    expect(a.types.get(node(doc, 'L2_flat').id)?.[0].shape).toEqual([null, 3136]);
  });
});

describe('rejects.py', () => {
  const r = () => load('rejects.py');

  it('reports each refused construct on its own line, with the reason', () => {
    const got = r().diagnostics.map((d) => [d.line, d.severity, d.message]);
    const expected: [number, string, RegExp][] = [
      [6, 'skipped', /^np.loadtxt reads data-01-test-score.csv, which is not there: put data-01-test-score.csv next to the program/],
      [7, 'skipped', /xy comes from line 6/],
      [11, 'note', /sets no graph seed .* TensorFlow draws it differently on every run/],
      [13, 'skipped', /starts from a list of different values/],
      [15, 'skipped', /functions \(def\) are not imported/],
      [18, 'skipped', /inheritance is not imported/],
      [21, 'skipped', /tf\.layers\.batch_normalization is not imported; the layers read are tf\.layers\.dense/],
      [22, 'skipped', /no Pow op/],
      [23, 'skipped', /use tf\.equal/],
      [24, 'skipped', /<= has no Flowboard op/],
      [25, 'skipped', /no Slice op/],
      [26, 'skipped', /comprehensions are not supported/],
      [27, 'skipped', /lambda functions are not supported/],
      [29, 'skipped', /tf\.nn\.selu has no Flowboard op/],
      [32, 'skipped', /compute_gradients is not imported/],
      [34, 'note', /a_is_sparse= was ignored/],
      [35, 'skipped', /undefined_name is not defined/],
      [36, 'skipped', /cannot read this line/],
      [37, 'skipped', /while loops are not imported/],
      [39, 'skipped', /cube comes from line 22/],
      [45, 'skipped', /plots are not imported/],
    ];
    expect(got.map(([line, severity]) => [line, severity])).toEqual(expected.map(([line, severity]) => [line, severity]));
    got.forEach(([, , message], i) => expect(message).toMatch(expected[i][2]));
  });

  it('imports the rest: the model, the optimizer and the training loop', async () => {
    const doc = r().document;
    expect(doc.nodes.map((n) => n.name).sort()).toEqual(['MatMul', 'Square', 'Sub', 'X', 'Y', 'bias', 'cost', 'hypothesis', 'sparse', 'train', 'weight'].sort());
    expect(doc.session).toMatchObject({ steps: 101 });
    expect(nameOf(doc, doc.session?.train)).toBe('train');
    const t = await train('rejects.py');
    expect(t.loss!).toBeLessThan(t.history[0].loss);
  });
});

describe('tf.layers and summaries', () => {
  it('dense layers are kernel and bias Variables (Glorot uniform, zeros) under TF scopes dense, dense_1', () => {
    const r = load('lesson17_xor_layers.py');
    const doc = r.document;
    expect(node(doc, 'dense/kernel').attrs).toEqual({ shape: [2, 10], initializer: { kind: 'glorotUniform', seed: 0 } });
    expect(node(doc, 'dense/bias').attrs).toEqual({ shape: [10], initializer: { kind: 'zeros' } });
    expect(node(doc, 'dense_1/kernel').attrs.shape).toEqual([10, 1]);
    expect(node(doc, 'hidden').op).toBe('Sigmoid');
    expect(node(doc, 'logits').op).toBe('Add');
    expect(skipped(r)).toEqual([]);
  });

  it('dropout keeps 1 - rate while the training placeholder is True: fed True in training, False in evaluation', () => {
    const doc = load('lesson17_xor_layers.py').document;
    const training = node(doc, 'training');
    expect(doc.session?.feeds[training.id]).toEqual({ kind: 'inline', value: true });
    expect(doc.session?.evalFeeds?.[training.id]).toEqual({ kind: 'inline', value: false });
    const keep = node(doc, 'dropout/keep_prob');
    expect(doc.edges.find((e) => e.target === node(doc, 'hidden_1').id && e.targetInput === 'keepProb')?.source).toBe(keep.id);
  });

  it('summaries are notes, not skipped lines; tf.summary.image of X reshaped to 1x2 images becomes an image summary', () => {
    const r = load('lesson17_xor_layers.py');
    expect(r.document.session?.images).toEqual([{ node: node(r.document, 'Reshape').id, label: 'input', maxOutputs: 4 }]);
    expect(r.diagnostics.find((d) => d.line === 28)).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.line >= 26 && d.line <= 34).every((d) => d.severity === 'note')).toBe(true);
  });

  it('the tf.layers XOR net learns XOR: accuracy 1.0', async () => {
    const r = await train('lesson17_xor_layers.py');
    expect(r.metrics.accuracy).toBe(1);
  });

  it('the tf.layers CNN has TF1 conv and pool attrs, flattens to 14 * 14 * 8, and trains 20 steps with falling cost', async () => {
    const r = load('lesson18_mnist_cnn_layers.py');
    const doc = r.document;
    expect(skipped(r)).toEqual([]);
    expect(node(doc, 'conv2d/Conv2D').attrs).toEqual({ strides: [1, 1, 1, 1], padding: 'SAME' });
    expect(node(doc, 'conv2d/kernel').attrs.shape).toEqual([3, 3, 1, 8]);
    expect(node(doc, 'pool1').attrs).toEqual({ ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' });
    expect(node(doc, 'flat').op).toBe('Flatten');
    expect(node(doc, 'dense/kernel').attrs.shape).toEqual([1568, 32]);
    expect(doc.nodes.filter((n) => n.op === 'Dropout').map((n) => n.name)).toEqual(['dropout1', 'dropout2']);
    const t = await train('lesson18_mnist_cnn_layers.py', 20);
    expect(t.steps).toBe(20);
    expect(t.history[t.history.length - 1].loss).toBeLessThan(t.history[0].loss);
  });
});

describe('class Model (labs 11-4 and 11-5)', () => {
  it('the class CNN imports whole: the graph _build_net builds under scope m1, the session m1.train runs in the loop', () => {
    const r = load('lesson20_mnist_cnn_class.py');
    const doc = r.document;
    expect(r.diagnostics).toEqual([]);
    expect(doc.nodes.filter((n) => n.op === 'Conv2D').map((n) => n.name)).toEqual(['m1/L1', 'm1/L2', 'm1/L3']);
    expect(doc.nodes.filter((n) => n.op === 'Variable').map((n) => n.name)).toEqual(['m1/W1', 'm1/W2', 'm1/W3', 'm1/W4', 'm1/b4', 'm1/W5', 'm1/b5']);
    expect(node(doc, 'm1/W3').attrs.shape).toEqual([3, 3, 8, 16]);
    // The cost and optimizer are made after the with-block, outside the scope, as TF names them.
    expect(nameOf(doc, doc.session?.train)).toBe('optimizer');
    expect(doc.session?.fetches.map((f) => [nameOf(doc, f.node), f.role])).toEqual([['cost', 'loss'], ['accuracy', 'accuracy']]);
    expect(doc.session).toMatchObject({ epochs: 15, batchSize: 100, seed: 777 });
    const [x, keep] = [node(doc, 'm1/X').id, node(doc, 'm1/keep_prob').id];
    expect(doc.session?.feeds[x]).toEqual({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' });
    expect(doc.session?.feeds[keep]).toEqual({ kind: 'inline', value: 0.7 });
    // get_accuracy after the loop evaluates on the test set with its default keep_prop=1.0.
    expect(doc.session?.evalFeeds?.[x]).toEqual({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' });
    expect(doc.session?.evalFeeds?.[keep]).toEqual({ kind: 'inline', value: 1 });
  });

  it('the class CNN trains: over 20 steps the cost falls', async () => {
    // Without the evaluation on the 10,000 test images, which would take most of the test's time.
    const { evalFeeds: _, ...session } = load('lesson20_mnist_cnn_class.py').document.session!;
    const trainer = await Trainer.create({ ...load('lesson20_mnist_cnn_class.py').document, session }, { backend, datasets: nodeDatasets(), steps: 20 });
    try {
      const t = await trainer.train();
      expect(t.steps).toBe(20);
      // Dropout makes single steps noisy: compare the first five logged costs with the last five.
      const mean = (logs: typeof t.history) => logs.reduce((a, l) => a + l.loss, 0) / logs.length;
      expect(mean(t.history.slice(-5))).toBeLessThan(mean(t.history.slice(0, 5)) - 0.1);
    } finally {
      trainer.dispose();
    }
  });

  it('the ensemble imports one scope per model, trains the models together, and lists what it does not read', () => {
    const r = load('lesson21_mnist_ensemble.py');
    const doc = r.document;
    const params = (scope: string) => doc.nodes.filter((n) => n.op === 'Variable' && n.name.startsWith(`${scope}/`)).map((n) => [n.name.slice(scope.length), n.attrs.shape]);
    expect(params('model0').map(([name]) => name)).toEqual(['/conv2d/kernel', '/conv2d/bias', '/conv2d_1/kernel', '/conv2d_1/bias', '/dense/kernel', '/dense/bias', '/dense_1/kernel', '/dense_1/bias']);
    expect(params('model1')).toEqual(params('model0'));
    // One Minimize of the two costs' sum trains both (trainTogether.ts); each model's own stays, to train it alone.
    expect(nameOf(doc, doc.session?.train)).toBe('train_all');
    expect(doc.nodes.filter((n) => n.op === 'Minimize').map((n) => n.name)).toEqual(['optimizer', 'optimizer_1', 'train_all']);
    expect(doc.session?.fetches.slice(0, 1)).toEqual([{ node: node(doc, 'total_cost').id, role: 'loss' }]);
    expect(doc.session?.feeds[node(doc, 'model1/X').id]).toEqual({ kind: 'dataset', name: 'mnist', split: 'train-55k', field: 'images' });
    expect(doc.session?.evalFeeds?.[node(doc, 'model1/training').id]).toEqual({ kind: 'inline', value: false });
    expect(r.diagnostics.find((d) => d.line === 92)?.message).toMatch(/^"optimizer", "optimizer_1" are trained together by "train_all", one Minimize of "total_cost", the sum of their costs/);
    // The NumPy averaging of the models' predictions is Python, not graph: the lines that build on it are listed.
    expect(skipped(r).map((d) => [d.line, d.message])).toEqual([
      [107, expect.stringMatching(/^tf.argmax's input must be a tensor or numbers, got a value fetched with sess.run: a NumPy value computed in Python/)],
      [108, 'ensemble_correct_prediction comes from line 107, which was not imported'],
      [109, 'ensemble_accuracy comes from line 108, which was not imported'],
    ]);
  });
});

describe('several models of one class (lab 11-5 on XOR)', () => {
  it('imports one scope per model, with the width each instance was given', () => {
    const r = load('lesson22_xor_models_class.py');
    const doc = r.document;
    expect(node(doc, 'model0/weight1').attrs.shape).toEqual([2, 2]);
    expect(node(doc, 'model1/weight1').attrs.shape).toEqual([2, 10]);
    expect(doc.session).toMatchObject({ steps: 10001, logEvery: 1000, seed: 777 });
    expect(nameOf(doc, doc.session?.train)).toBe('train_all');
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[55, 'note']]);
  });

  it('trains both models together exactly as each model\'s own optimizer trains it alone', async () => {
    const doc = load('lesson22_xor_models_class.py').document;
    const trained = async (train: string) => {
      const trainer = await Trainer.create({ ...doc, session: { ...doc.session!, train: node(doc, train).id, steps: 300, logEvery: 100 } }, { backend, datasets: nodeDatasets() });
      try {
        return await trainer.train();
      } finally {
        trainer.dispose();
      }
    };
    const [both, first, second] = [await trained('train_all'), await trained('model0/optimizer'), await trained('model1/optimizer')];
    // To the bit: the other model's cost adds nothing to a model's gradients, and GradientDescent updates each variable from its own.
    for (const v of ['weight1', 'bias1', 'weight2', 'bias2']) {
      expect(values(both, `model0/${v}`), `model0/${v}`).toEqual(values(first, `model0/${v}`));
      expect(values(both, `model1/${v}`), `model1/${v}`).toEqual(values(second, `model1/${v}`));
    }
    expect(values(both, 'model1/weight1')).not.toEqual(values(first, 'model1/weight1'));
  });

  it('does not join models that share a variable, or whose optimizers differ, and says why', () => {
    const head = 'import tensorflow as tf\nX = tf.placeholder(tf.float32, [None, 2])\nY = tf.placeholder(tf.float32, [None, 1])\nW = tf.Variable(tf.zeros([2, 1]))\n';
    const shared = 'a = tf.reduce_mean(tf.square(tf.matmul(X, W) - Y))\nb = tf.reduce_mean(tf.abs(tf.matmul(X, W) - Y))\n';
    const loop = 'sess = tf.Session()\nfor step in range(10):\n    sess.run(ta, feed_dict={X: [[0, 1]], Y: [[1]]})\n    sess.run(tb, feed_dict={X: [[0, 1]], Y: [[1]]})\n';
    const gd = 'ta = tf.train.GradientDescentOptimizer(0.1).minimize(a)\ntb = tf.train.GradientDescentOptimizer(0.1).minimize(b)\n';
    const one = importPython(head + shared + gd + loop);
    expect(nameOf(one.document, one.document.session?.train)).toBe('ta');
    expect(one.diagnostics.map((d) => d.message)).toContainEqual('"ta", "tb" are run in one training loop, but a Flowboard session trains one Minimize and they cannot be joined into one: "ta" and "tb" both train "W"');
    const own = 'V = tf.Variable(tf.zeros([2, 1]))\na = tf.reduce_mean(tf.square(tf.matmul(X, W) - Y))\nb = tf.reduce_mean(tf.square(tf.matmul(X, V) - Y))\n';
    const mixed = 'ta = tf.train.GradientDescentOptimizer(0.1).minimize(a)\ntb = tf.train.AdamOptimizer(0.1).minimize(b)\n';
    const other = importPython(head + own + mixed + loop);
    expect(nameOf(other.document, other.document.session?.train)).toBe('ta');
    expect(other.diagnostics.map((d) => d.message)).toContainEqual('"ta", "tb" are run in one training loop, but a Flowboard session trains one Minimize and they cannot be joined into one: "tb" has other settings than "ta"');
    const joined = importPython(head + own + gd + loop);
    expect(nameOf(joined.document, joined.document.session?.train)).toBe('train_all');
  });

  it('trains the other model when it is made the train node, as the note says, leaving the first as it started', async () => {
    const doc = load('lesson22_xor_models_class.py').document;
    const session = { ...doc.session!, train: node(doc, 'model1/optimizer').id, steps: 300, logEvery: 100 };
    const trainer = await Trainer.create({ ...doc, session }, { backend, datasets: nodeDatasets() });
    try {
      const before = await trainer.variableValues();
      const t = await trainer.train();
      // The loss is now model1's cost, the one model1/optimizer minimises.
      expect(t.loss!).toBeLessThan(t.history[0].loss - 0.03);
      expect(values(t, 'model0/weight1')).toEqual(Array.from(before['model0/weight1'].values));
    } finally {
      trainer.dispose();
    }
  });
});
