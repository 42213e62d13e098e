/**
 * A graph that is a stack of dense layers (see layerStack.ts) as a Keras
 * (TF2) program: `tf.keras.Sequential` of Dense layers with the graph's
 * initializers, compiled with the matching loss and optimizer and fitted on
 * the session's data (full-batch steps become epochs of one batch). The
 * layers start from Flowboard's values (TF1's random ops with the same seeds,
 * set with model.set_weights) and mini-batches come in Flowboard's order (a
 * RandomState permutation per epoch); Keras draws its own dropout masks.
 */
import { shuffleSeed } from '../../data/batcher.ts';
import { MNIST_SIZES } from '../../data/mnist.ts';
import type { DataBinding, GraphDocument } from '../../graph/document.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { ExportError } from './exportError.ts';
import { exportGraph, type ExportGraph, type ExportNode } from './exportGraph.ts';
import { identifiersFor, reservedWords } from './identifiers.ts';
import { kerasInitializer, layerStack } from './layerStack.ts';
import { pyLiteral, pyNumber } from './literals.ts';
import { pyString, tf1InitialTensor } from './pythonOps.ts';

const OPTIMIZERS: Record<string, (a: Record<string, unknown>) => string> = {
  GradientDescent: (a) => `tf.keras.optimizers.SGD(learning_rate=${pyNumber(a.learningRate as number)})`,
  Momentum: (a) => `tf.keras.optimizers.SGD(learning_rate=${pyNumber(a.learningRate as number)}, momentum=${pyNumber(a.momentum as number)}, nesterov=${a.useNesterov ? 'True' : 'False'})`,
  Adagrad: (a) => `tf.keras.optimizers.Adagrad(learning_rate=${pyNumber(a.learningRate as number)}, initial_accumulator_value=${pyNumber(a.initialAccumulatorValue as number)})`,
  Adadelta: (a) => `tf.keras.optimizers.Adadelta(learning_rate=${pyNumber(a.learningRate as number)}, rho=${pyNumber(a.rho as number)}, epsilon=${a.epsilon})`,
  RMSProp: (a) =>
    `tf.keras.optimizers.RMSprop(learning_rate=${pyNumber(a.learningRate as number)}, rho=${pyNumber(a.decay as number)}, momentum=${pyNumber(a.rmsMomentum as number)}, epsilon=${a.rmsEpsilon}, centered=${a.centered ? 'True' : 'False'})`,
  Adam: (a) => `tf.keras.optimizers.Adam(learning_rate=${pyNumber(a.learningRate as number)}, beta_1=${pyNumber(a.beta1 as number)}, beta_2=${pyNumber(a.beta2 as number)}, epsilon=${a.epsilon})`,
};

/** The program's text; throws ExportError saying why the graph is not a layer stack. */
export function exportKeras(doc: GraphDocument): string {
  const g = exportGraph(doc, []);
  const stack = layerStack(g);
  const session = g.session!;
  const names = identifiersFor(stack.layers.map((l) => l.output.name), reservedWords([]));
  const layers: string[] = [`    tf.keras.Input(shape=(${(stack.input.types[0].shape as number[])[1]},)),`];
  stack.layers.forEach((l, i) => {
    const activation = l.activation === 'leaky_relu' ? 'None' : pyString(l.activation);
    const args = [String(l.units), `activation=${activation}`, `kernel_initializer=${kerasInitializer(l.kernel.attrs.initializer as InitializerSpec)}`, `bias_initializer=${kerasInitializer(l.bias.attrs.initializer as InitializerSpec)}`, `name=${pyString(names[i])}`];
    layers.push(`    tf.keras.layers.Dense(${args.join(', ')}),`);
    if (l.activation === 'leaky_relu') layers.push(`    tf.keras.layers.LeakyReLU(${l.alpha}),`);
    if (l.dropoutKeep !== undefined && l.dropoutKeep < 1) layers.push(`    tf.keras.layers.Dropout(${pyNumber(Number((1 - l.dropoutKeep).toPrecision(12)))}),`);
  });
  const metrics = session.fetches.some((f) => f.role === 'accuracy') ? ", metrics=['accuracy']" : '';
  const data = dataLines(g, stack.input, stack.labels);
  const lines = [
    `# ${[doc.meta.title, doc.meta.description].filter(Boolean).join(': ').replace(/\n/g, ' ')}`,
    '# Exported from Flowboard as Keras (TF2): the graph is a stack of dense layers.',
    'import numpy as np',
    'import tensorflow as tf',
    '',
    ...(session.seed !== undefined ? [`tf.random.set_seed(${session.seed})`, ''] : []),
    ...data.lines,
    '',
    'model = tf.keras.Sequential([',
    ...layers,
    '])',
    ...initialWeightLines(g, stack.layers.flatMap((l) => [l.kernel, l.bias])),
    `model.compile(optimizer=${OPTIMIZERS[g.train!.attrs.optimizer as string](g.train!.attrs)}, loss=${stack.loss}${metrics})`,
    '',
    ...fitLines(g, data),
    'print(\'final loss\', history.history[\'loss\'][-1])',
    `print('evaluation', model.evaluate(${data.evalX}, ${data.evalY}, verbose=0))`,
  ];
  return `${lines.join('\n')}\n`;
}

interface KerasData {
  lines: string[];
  x: string;
  y: string;
  evalX: string;
  evalY: string;
  examples: number | undefined;
}

function dataLines(g: ExportGraph, input: ExportNode, labels: ExportNode): KerasData {
  const s = g.session!;
  const bind = (p: ExportNode, evaluate: boolean): DataBinding => {
    const b = (evaluate ? s.evalFeeds?.[p.id] : undefined) ?? s.feeds[p.id];
    if (!b) throw new ExportError(`Placeholder "${p.name}" has no data in the session; bind data to it first`, p.id);
    if (b.kind === 'csv') throw new ExportError(`Placeholder "${p.name}" is bound to ${b.path}; load it into the graph first (flowboard export does this for you)`, p.id);
    return b;
  };
  const bindings = [bind(input, false), bind(labels, false), bind(input, true), bind(labels, true)];
  if (bindings.some((b) => b.kind === 'dataset')) {
    if (!bindings.every((b) => b.kind === 'dataset')) throw new ExportError('Keras export takes MNIST for both the input and the labels, or inline data for both');
    return {
      lines: [
        '(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()',
        'x_train, x_test = x_train.reshape(-1, 784) / 255.0, x_test.reshape(-1, 784) / 255.0',
        'y_train, y_test = tf.keras.utils.to_categorical(y_train, 10), tf.keras.utils.to_categorical(y_test, 10)',
        // The first 5,000 training images are TF1 read_data_sets' validation split, the rest its training split.
        "mnist = {'train': {'images': x_train, 'labels': y_train}, 'test': {'images': x_test, 'labels': y_test},",
        "         'train-55k': {'images': x_train[5000:], 'labels': y_train[5000:]}, 'validation-5k': {'images': x_train[:5000], 'labels': y_train[:5000]}}",
      ],
      ...Object.fromEntries((['x', 'y', 'evalX', 'evalY'] as const).map((k, i) => {
        const b = bindings[i] as Extract<DataBinding, { kind: 'dataset' }>;
        return [k, `mnist['${b.split}']['${b.field}']`];
      })),
      examples: MNIST_SIZES[(bindings[0] as Extract<DataBinding, { kind: 'dataset' }>).split],
    } as KerasData;
  }
  const value = (b: DataBinding) => (b as Extract<DataBinding, { kind: 'inline' }>).value;
  const lines = [`x_data = np.array(${pyLiteral(value(bindings[0]), true)}, dtype=np.float32)`, `y_data = np.array(${pyLiteral(value(bindings[1]), true)}, dtype=np.float32)`];
  const same = (a: DataBinding, b: DataBinding) => JSON.stringify(a) === JSON.stringify(b);
  const evalX = same(bindings[2], bindings[0]) ? 'x_data' : 'x_eval';
  const evalY = same(bindings[3], bindings[1]) ? 'y_data' : 'y_eval';
  if (evalX === 'x_eval') lines.push(`x_eval = np.array(${pyLiteral(value(bindings[2]), true)}, dtype=np.float32)`);
  if (evalY === 'y_eval') lines.push(`y_eval = np.array(${pyLiteral(value(bindings[3]), true)}, dtype=np.float32)`);
  const rows = value(bindings[0]);
  return { lines, x: 'x_data', y: 'y_data', evalX, evalY, examples: Array.isArray(rows) ? rows.length : undefined };
}

/**
 * The layers' starting weights (kernel, bias, layer after layer, as
 * model.weights lists them) drawn as Flowboard draws them: TF1's random ops
 * with the graph seed and each op's seed=, in a graph of their own. Keras's
 * own seeded initializers would draw other numbers.
 */
function initialWeightLines(g: ExportGraph, variables: ExportNode[]): string[] {
  const tensors = variables.map((v) => tf1InitialTensor(v.attrs.initializer as InitializerSpec, v.attrs.shape as number[], v.opSeed).replace(/\btf\./g, 'tf.compat.v1.'));
  return [
    '',
    '# Start from the values Flowboard starts from: TF1\'s random ops with the same seeds.',
    'with tf.Graph().as_default():',
    `    tf.compat.v1.set_random_seed(${g.graphSeed})`,
    '    initial = [',
    ...tensors.map((t) => `        ${t},`),
    '    ]',
    '    with tf.compat.v1.Session() as sess:',
    '        initial = sess.run(initial)',
    // Outside the graph: the model's variables live in eager mode.
    'model.set_weights(initial)',
  ];
}

/** model.fit: epochs of the session's batch size in Flowboard's order, or one full batch per step. */
function fitLines(g: ExportGraph, data: KerasData): string[] {
  const s = g.session!;
  const batch = s.batchSize ?? data.examples;
  if (s.epochs !== undefined) return shuffledEpochs(g, data, s.epochs, batch);
  if (s.steps === undefined) throw new ExportError('the session says neither how many steps nor how many epochs to train; set one of them');
  if (s.batchSize === undefined || (data.examples !== undefined && s.batchSize >= data.examples))
    return ['# Each Flowboard step sees all the data: one epoch of one batch.', `history = model.fit(${data.x}, ${data.y}, epochs=${s.steps}, batch_size=len(${data.x}), verbose=0)`];
  const perEpoch = Math.ceil((data.examples ?? s.batchSize) / s.batchSize);
  return [`# ${s.steps} steps of ${s.batchSize} examples: ${Math.ceil(s.steps / perEpoch)} epochs.`, ...shuffledEpochs(g, data, Math.ceil(s.steps / perEpoch), s.batchSize)];
}

/** Epochs whose batches come in Flowboard's order: each a permutation from one RandomState seeded with the graph seed (core/data/batcher.ts). */
function shuffledEpochs(g: ExportGraph, data: KerasData, epochs: number, batch: number | undefined): string[] {
  return [
    `rng = np.random.RandomState(${shuffleSeed(g.graphSeed)})`,
    `for epoch in range(${epochs}):`,
    `    order = rng.permutation(len(${data.x}))`,
    `    history = model.fit(${data.x}[order], ${data.y}[order], epochs=1, batch_size=${batch}, shuffle=False, verbose=0)`,
  ];
}
