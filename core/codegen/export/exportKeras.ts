/**
 * A graph that is a stack of layers (see layerStack.ts) as a Keras (TF2)
 * program: `tf.keras.Sequential` of Dense, Conv2D, pooling, Flatten,
 * Reshape and Dropout layers with the graph's initializers, compiled with the
 * matching loss and optimizer and fitted on the session's data (full-batch
 * steps become epochs of one batch). MNIST is read from its IDX files
 * (mnistPython.ts), as the Python export reads it. The layers start from
 * Flowboard's values (TF1's random ops with the same seeds, set with
 * model.set_weights) and mini-batches come in Flowboard's order (a
 * RandomState permutation per epoch); Keras draws its own dropout masks.
 */
import { shuffleSeed } from '../../data/batcher.ts';
import { MNIST_SIZES } from '../../data/mnist.ts';
import type { DataBinding, GraphDocument } from '../../graph/document.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { ExportError, generatedDataset } from './exportError.ts';
import { exportGraph, type ExportGraph, type ExportNode } from './exportGraph.ts';
import { identifiersFor, reservedWords } from './identifiers.ts';
import { type KerasLayer, layerWeights } from './kerasLayers.ts';
import { kerasInitializer, layerStack } from './layerStack.ts';
import { pyLiteral, pyNumber } from './literals.ts';
import { MNIST_DEFAULT_DIR, mnistLoader } from './mnistPython.ts';
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
  const inputShape = (stack.input.types[0].shape as number[]).slice(1);
  const layers: string[] = [`    tf.keras.Input(shape=${tuple(inputShape)}),`, ...stack.layers.flatMap((l, i) => layerLines(l, names[i]))];
  const metrics = session.fetches.some((f) => f.role === 'accuracy') ? ", metrics=['accuracy']" : '';
  const data = dataLines(g, stack.input, stack.labels);
  const lines = [
    `# ${[doc.meta.title, doc.meta.description].filter(Boolean).join(': ').replace(/\n/g, ' ')}`,
    '# Exported from Flowboard as Keras (TF2): the graph is a stack of layers.',
    ...(data.mnist ? ['import os', ''] : []),
    'import numpy as np',
    'import tensorflow as tf',
    '',
    ...(session.seed !== undefined ? [`tf.random.set_seed(${session.seed})`, ''] : []),
    ...data.lines,
    '',
    'model = tf.keras.Sequential([',
    ...layers,
    '])',
    ...initialWeightLines(g, stack.layers.flatMap(layerWeights)),
    `model.compile(optimizer=${OPTIMIZERS[g.train!.attrs.optimizer as string](g.train!.attrs)}, loss=${stack.loss}${metrics})`,
    '',
    ...fitLines(g, data),
    'print(\'final loss\', history.history[\'loss\'][-1])',
    `print('evaluation', model.evaluate(${data.evalX}, ${data.evalY}, verbose=0))`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The loader's attribute for each MNIST split (TF1's read_data_sets: `train` with validation_size=0 is all 60,000). */
const KERAS_SPLIT: Record<string, string> = { train: 'train', 'train-55k': 'train', 'validation-5k': 'validation', test: 'test' };

interface KerasData {
  lines: string[];
  /** Whether the data is MNIST (the program then reads its files). */
  mnist?: boolean;
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
    if (b.kind === 'dataset' && b.name !== 'mnist') throw new ExportError(generatedDataset(p.name, b.name), p.id);
    return b;
  };
  const bindings = [bind(input, false), bind(labels, false), bind(input, true), bind(labels, true)];
  if (bindings.some((b) => b.kind === 'dataset')) {
    if (!bindings.every((b) => b.kind === 'dataset')) throw new ExportError('Keras export takes MNIST for both the input and the labels, or inline data for both');
    const splits = bindings.map((b) => (b as Extract<DataBinding, { kind: 'dataset' }>).split);
    const all = splits.includes('train');
    if (all && splits.some((sp) => sp === 'train-55k' || sp === 'validation-5k')) throw new ExportError("the graph uses all 60,000 MNIST training images and TF1's 55,000/5,000 split of them; bind every placeholder to the same kind of split");
    const field = (i: number) => {
      const b = bindings[i] as Extract<DataBinding, { kind: 'dataset' }>;
      return `mnist.${KERAS_SPLIT[b.split]}.${b.field}`;
    };
    return {
      lines: [...mnistLoader(), `mnist = read_data_sets(${pyString(MNIST_DEFAULT_DIR)}, one_hot=True${all ? ', validation_size=0' : ''})`],
      x: field(0),
      y: field(1),
      evalX: field(2),
      evalY: field(3),
      examples: MNIST_SIZES[splits[0]],
      mnist: true,
    };
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

/** The Keras layer lines for one matched layer. */
function layerLines(l: KerasLayer, name: string): string[] {
  const named = `name=${pyString(name)}`;
  const activation = (a: string) => (a === 'leaky_relu' ? 'None' : pyString(a));
  const leaky = (a: string, alpha: number | undefined) => (a === 'leaky_relu' ? [`    tf.keras.layers.LeakyReLU(${alpha}),`] : []);
  const init = (v: ExportNode) => kerasInitializer(v.attrs.initializer as InitializerSpec);
  const weights = (kernel: ExportNode, bias: ExportNode | undefined) => [`kernel_initializer=${init(kernel)}`, bias ? `bias_initializer=${init(bias)}` : 'use_bias=False'];
  const pair = (p: [number, number]) => `(${p[0]}, ${p[1]})`;
  switch (l.kind) {
    case 'dense':
      return [`    tf.keras.layers.Dense(${[String(l.units), `activation=${activation(l.activation)}`, ...weights(l.kernel, l.bias), named].join(', ')}),`, ...leaky(l.activation, l.alpha)];
    case 'conv': {
      const args = [String(l.filters), pair(l.kernelSize), `strides=${pair(l.strides)}`, `padding=${pyString(l.padding)}`, `activation=${activation(l.activation)}`, ...weights(l.kernel, l.bias), named];
      return [`    tf.keras.layers.Conv2D(${args.join(', ')}),`, ...leaky(l.activation, l.alpha)];
    }
    case 'pool':
      return [`    tf.keras.layers.${l.op === 'MaxPool' ? 'MaxPooling2D' : 'AveragePooling2D'}(pool_size=${pair(l.poolSize)}, strides=${pair(l.strides)}, padding=${pyString(l.padding)}, ${named}),`];
    case 'flatten':
      return [`    tf.keras.layers.Flatten(${named}),`];
    case 'reshape':
      return [`    tf.keras.layers.Reshape(${tuple(l.target)}, ${named}),`];
    case 'dropout':
      // Keras drops a fraction (rate); TF1 keeps one (keep_prob). A keep of 1 drops nothing: no layer.
      return l.keep < 1 ? [`    tf.keras.layers.Dropout(${pyNumber(Number((1 - l.keep).toPrecision(12)))}),`] : [];
    case 'activation':
      return l.activation === 'leaky_relu' ? [`    tf.keras.layers.LeakyReLU(${l.alpha}, ${named}),`] : [`    tf.keras.layers.Activation(${pyString(l.activation)}, ${named}),`];
  }
}

/** A Python tuple: `(784,)`, `(28, 28, 1)`. */
function tuple(xs: readonly number[]): string {
  return xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`;
}
