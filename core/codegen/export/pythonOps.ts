/**
 * One line of TF1 Python per node, as the course writes it: `a + b` where an
 * operator exists, `tf.nn.relu(x)`, `tf.Variable(tf.random_normal([2, 1]))`.
 * A node whose name is not its Python variable keeps it with TF1's `name=`,
 * so importing the code back gives the same names.
 */
import type { NestedNumbers } from '../../graph/document.ts';
import type { InitializerSpec } from '../../ops/initializers.ts';
import { type OpKind, trainingOnly } from '../../ops/opKinds.ts';
import { ExportError } from './exportError.ts';
import type { ExportNode } from './exportGraph.ts';
import { pyLiteral, pyNumber } from './literals.ts';

/** A Python string literal in single quotes. */
export function pyString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

const DTYPES: Record<string, string> = { float32: 'tf.float32', int32: 'tf.int32', bool: 'tf.bool' };

function shapeList(shape: readonly (number | null)[]): string {
  return `[${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}]`;
}

function ints(v: unknown): string {
  return `[${(v as number[]).join(', ')}]`;
}

/** `tf.fn(args, name='...')`: the name keyword only when the variable does not carry the name. */
function call(n: ExportNode, fn: string, args: string[]): string {
  const named = n.ident === n.name ? args : [...args, `name=${pyString(n.name)}`];
  return `${fn}(${named.join(', ')})`;
}

const BINARY: Partial<Record<OpKind, [string, string]>> = { Add: ['+', 'tf.add'], Sub: ['-', 'tf.subtract'], Mul: ['*', 'tf.multiply'], Div: ['/', 'tf.divide'], Greater: ['>', 'tf.greater'], Less: ['<', 'tf.less'] };
const UNARY: Partial<Record<OpKind, string>> = {
  Abs: 'tf.abs', Square: 'tf.square', Sqrt: 'tf.sqrt', Exp: 'tf.exp', Log: 'tf.log', Sigmoid: 'tf.sigmoid', Tanh: 'tf.tanh', Relu: 'tf.nn.relu', Elu: 'tf.nn.elu',
  OnesLike: 'tf.ones_like', ZerosLike: 'tf.zeros_like', StopGradient: 'tf.stop_gradient',
};
const BINARY_CALLS: Partial<Record<OpKind, string>> = { Maximum: 'tf.maximum', Minimum: 'tf.minimum', Pow: 'tf.pow' };
const REDUCE: Partial<Record<OpKind, string>> = { ReduceMean: 'tf.reduce_mean', ReduceSum: 'tf.reduce_sum', ReduceMax: 'tf.reduce_max' };

const INTERNAL = 'training adds it by itself; exportGraph refuses it (export the graph as drawn)';

/** Op kinds pythonExpression does not write, and why; opTables.test.ts checks it writes every other kind. */
export const PYTHON_NOT_WRITTEN = {
  Minimize: 'written by exportPython.ts as the optimizer\'s minimize call, with the learning rate',
  ...trainingOnly(INTERNAL),
} as const satisfies Partial<Record<OpKind, string>>;

/** The right-hand side for node `n`; throws ExportError for an op TF1 Python cannot express here. */
export function pythonExpression(n: ExportNode): string {
  const a = n.attrs;
  const x = n.inputs.x as string;
  const binary = BINARY[n.op];
  if (binary) {
    const [symbol, fn] = binary;
    return n.ident === n.name ? `${x} ${symbol} ${n.inputs.y as string}` : call(n, fn, [x, n.inputs.y as string]);
  }
  const unary = UNARY[n.op];
  if (unary) return call(n, unary, [x]);
  const binaryCall = BINARY_CALLS[n.op];
  if (binaryCall) return call(n, binaryCall, [x, n.inputs.y as string]);
  const reduce = REDUCE[n.op];
  if (reduce) {
    const args = [x];
    if (a.axis !== null) args.push(`axis=${ints(a.axis)}`);
    if (a.keepDims) args.push('keepdims=True');
    return call(n, reduce, args);
  }
  switch (n.op) {
    case 'Placeholder':
      return call(n, 'tf.placeholder', a.shape === null ? [DTYPES[a.dtype as string]] : [DTYPES[a.dtype as string], `shape=${shapeList(a.shape as (number | null)[])}`]);
    case 'Constant':
      return call(n, 'tf.constant', [pyLiteral(a.value as NestedNumbers, a.dtype === 'float32'), DTYPES[a.dtype as string]]);
    case 'Variable':
      return variable(n);
    case 'MatMul': {
      const args = [n.inputs.a as string, n.inputs.b as string];
      if (a.transposeA) args.push('transpose_a=True');
      if (a.transposeB) args.push('transpose_b=True');
      return call(n, 'tf.matmul', args);
    }
    case 'Neg':
      return n.ident === n.name ? `-${x}` : call(n, 'tf.negative', [x]);
    case 'Equal':
      return call(n, 'tf.equal', [x, n.inputs.y as string]);
    case 'LeakyRelu':
      return call(n, 'tf.nn.leaky_relu', [x, `alpha=${pyNumber(a.alpha as number)}`]);
    case 'Softmax':
      return call(n, 'tf.nn.softmax', a.axis === -1 ? [x] : [x, `axis=${a.axis}`]);
    case 'Reshape':
      return call(n, 'tf.reshape', [x, ints(a.shape)]);
    case 'Flatten':
      // Not tf.layers.flatten: Keras 3 (TensorFlow 2.16 and later) has no compat.v1 layers, so it would not run there.
      return call(n, 'tf.reshape', [x, flattenedSize(n) === null ? `[tf.shape(${x})[0], -1]` : `[-1, ${flattenedSize(n)}]`]);
    case 'Squeeze':
      return call(n, 'tf.squeeze', a.axis === null ? [x] : [x, `axis=${ints(a.axis)}`]);
    case 'ExpandDims':
      return call(n, 'tf.expand_dims', [x, `axis=${a.axis}`]);
    case 'Transpose':
      return call(n, 'tf.transpose', a.perm === null ? [x] : [x, `perm=${ints(a.perm)}`]);
    case 'Pad':
      return call(n, 'tf.pad', [x, JSON.stringify(a.paddings).replace(/,/g, ', '), ...(a.constantValue === 0 ? [] : [`constant_values=${n.types[0]?.dtype === 'int32' ? String(a.constantValue) : pyNumber(a.constantValue as number)}`])]);
    case 'Gather':
      return call(n, 'tf.gather', [n.inputs.params as string, n.inputs.indices as string, ...(a.axis === 0 ? [] : [`axis=${a.axis}`])]);
    case 'Slice':
      return call(n, 'tf.slice', [x, ints(a.begin), ints(a.size)]);
    case 'LRN':
      return call(n, 'tf.nn.local_response_normalization', [x, `depth_radius=${a.depthRadius as number}`, `bias=${pyNumber(a.bias as number)}`, `alpha=${pyNumber(a.alpha as number)}`, `beta=${pyNumber(a.beta as number)}`]);
    case 'Concat':
      return call(n, 'tf.concat', [`[${(n.inputs.values as string[]).join(', ')}]`, `axis=${a.axis}`]);
    case 'Stack':
      return call(n, 'tf.stack', [`[${(n.inputs.values as string[]).join(', ')}]`, `axis=${a.axis}`]);
    case 'AddN':
      return call(n, 'tf.add_n', [`[${(n.inputs.inputs as string[]).join(', ')}]`]);
    case 'OneHot': {
      const args = [n.inputs.indices as string, String(a.depth)];
      if (a.onValue !== 1) args.push(`on_value=${pyNumber(a.onValue as number)}`);
      if (a.offValue !== 0) args.push(`off_value=${pyNumber(a.offValue as number)}`);
      return call(n, 'tf.one_hot', args);
    }
    case 'Cast':
      return call(n, 'tf.cast', [x, DTYPES[a.dtype as string]]);
    case 'ArgMax':
      return call(n, 'tf.argmax', [x, String(a.axis)]);
    case 'SoftmaxCrossEntropyWithLogits':
      return call(n, 'tf.nn.softmax_cross_entropy_with_logits', [`labels=${n.inputs.labels as string}`, `logits=${n.inputs.logits as string}`]);
    case 'SigmoidCrossEntropyWithLogits':
      return call(n, 'tf.nn.sigmoid_cross_entropy_with_logits', [`labels=${n.inputs.labels as string}`, `logits=${n.inputs.logits as string}`]);
    case 'Dropout':
      return call(n, 'tf.nn.dropout', [x, `keep_prob=${n.inputs.keepProb as string}`, `seed=${n.opSeed}`]);
    case 'Conv2D':
      return call(n, 'tf.nn.conv2d', [n.inputs.input as string, n.inputs.filter as string, `strides=${ints(tf1Window(a.strides))}`, `padding=${pyString(a.padding as string)}`]);
    case 'MaxPool':
    case 'AvgPool':
      return call(n, n.op === 'MaxPool' ? 'tf.nn.max_pool' : 'tf.nn.avg_pool', [n.inputs.input as string, `ksize=${ints(tf1Window(a.ksize))}`, `strides=${ints(tf1Window(a.strides))}`, `padding=${pyString(a.padding as string)}`]);
  }
  throw new ExportError(`"${n.name}" is a ${n.op} node, which the Python export does not write yet`, n.id);
}

/** Values per example after a Flatten, when inference knows them. */
function flattenedSize(n: ExportNode): number | null {
  return n.types[0]?.shape?.[1] ?? null;
}

/** TF1 writes windows and strides as [1, h, w, 1]; Flowboard also accepts [h, w]. */
export function tf1Window(v: unknown): number[] {
  const list = v as number[];
  return list.length === 2 ? [1, list[0], list[1], 1] : list;
}

/**
 * `tf.Variable(tf.random_normal(..., seed=3))`, or `tf.get_variable(...)` for
 * the initializers that need it (Xavier, He). Random ones carry their op
 * seed, so with the graph seed they draw what Flowboard draws.
 */
function variable(n: ExportNode): string {
  const spec = n.attrs.initializer as InitializerSpec;
  const shape = shapeList(n.attrs.shape as number[]);
  const trainable = n.attrs.trainable === false ? ['trainable=False'] : [];
  const initObject = initializerObject(spec, n.opSeed);
  if (initObject) return `tf.get_variable(${[pyString(n.name), `shape=${shape}`, `initializer=${initObject}`, ...trainable].join(', ')})`;
  return call(n, 'tf.Variable', [initialValue(spec, shape, n.opSeed), ...trainable]);
}

/** The initial value as one TF1 tensor expression, seeded: `tf.random_normal([2, 2], seed=0)`, `tf.glorot_uniform_initializer(seed=1)([2, 2])`. */
export function tf1InitialTensor(spec: InitializerSpec, shape: readonly number[], seed: number | undefined): string {
  const s = shapeList(shape);
  const object = initializerObject(spec, seed);
  return object ? `${object}(${s})` : initialValue(spec, s, seed);
}

/** TF1's initializer objects for the variance-scaling kinds (compat.v1's: TF 2.x's tf.keras ones are Keras 3's and draw other numbers). */
function initializerObject(spec: InitializerSpec, seed: number | undefined): string | undefined {
  const s = `seed=${seed}`;
  switch (spec.kind) {
    case 'glorotUniform':
      return `tf.glorot_uniform_initializer(${s})`;
    case 'glorotNormal':
      return `tf.glorot_normal_initializer(${s})`;
    case 'heNormal':
      return `tf.initializers.he_normal(${s})`;
    case 'heUniform':
      return `tf.initializers.he_uniform(${s})`;
    default:
      return undefined;
  }
}

/** The initial value as a TF1 expression: `tf.random_normal([2, 1], seed=0)`; `seed` is a random kind's op seed. */
export function initialValue(spec: InitializerSpec, shape: string, seed?: number): string {
  const meanStd = (mean: number, stddev: number) => [...(mean !== 0 ? [`mean=${pyNumber(mean)}`] : []), ...(stddev !== 1 ? [`stddev=${pyNumber(stddev)}`] : [])];
  const seeded = [`seed=${seed}`];
  switch (spec.kind) {
    case 'randomNormal':
      return `tf.random_normal(${[shape, ...meanStd(spec.mean, spec.stddev), ...seeded].join(', ')})`;
    case 'truncatedNormal':
      return `tf.truncated_normal(${[shape, ...meanStd(spec.mean, spec.stddev), ...seeded].join(', ')})`;
    case 'randomUniform':
      return `tf.random_uniform(${shape}, minval=${pyNumber(spec.min)}, maxval=${pyNumber(spec.max)}, ${seeded[0]})`;
    case 'zeros':
      return `tf.zeros(${shape})`;
    case 'ones':
      return `tf.ones(${shape})`;
    case 'constant':
      return `tf.constant(${pyNumber(spec.value)}, shape=${shape})`;
    default:
      throw new ExportError(`initializer ${spec.kind} has no tf.Variable form`);
  }
}
