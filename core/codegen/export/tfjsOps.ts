/**
 * One TensorFlow.js expression per node, computing what Flowboard's lowering
 * of that op computes (core/compile/lower), so an exported model trains like
 * the graph: the same formulas for the losses, Cast to bool as "not zero",
 * integer means truncated, Dropout's mask drawn as TensorFlow draws it.
 */
import { nestedShape } from '../../ops/attrs.ts';
import type { NestedNumbers } from '../../graph/document.ts';
import { type OpKind, trainingOnly } from '../../ops/opKinds.ts';
import { ExportError } from './exportError.ts';
import type { ExportNode } from './exportGraph.ts';
import { jsLiteral } from './literals.ts';

/** Helper functions an expression may call; the exporter writes those it used. */
export const TFJS_HELPERS: Record<string, string> = {
  softmaxAxis: `/** Softmax along any axis: tfjs's works on the last one only. */
function softmaxAxis(x, axis) {
  const a = axis < 0 ? axis + x.rank : axis;
  const last = x.rank - 1;
  if (a === last) return tf.softmax(x);
  const perm = [...Array(x.rank).keys()];
  [perm[a], perm[last]] = [last, a];
  return tf.transpose(tf.softmax(tf.transpose(x, perm)), perm);
}`,
  meanInt: `/** TF1's mean of int32 values: an integer, truncated toward zero. */
function meanInt(x, axis, keepDims) {
  const sum = tf.sum(x, axis, keepDims);
  const count = sum.size === 0 ? 1 : x.size / sum.size;
  return tf.mul(tf.sign(sum), tf.floorDiv(tf.abs(sum), tf.scalar(count, 'int32')));
}`,
  oneHot: `/** One-hot by comparing each index with 0..depth-1 (valid on every backend, depth 1 included). */
function oneHot(indices, depth, onValue, offValue) {
  const hit = tf.equal(tf.expandDims(indices, -1), tf.range(0, depth, 1, 'int32'));
  return tf.where(hit, tf.scalar(onValue, 'float32'), tf.scalar(offValue, 'float32'));
}`,
  stopGradient: `/** TF1's stop_gradient: x's value, with a zero gradient back (nothing before it trains through it). */
function stopGradient(x) {
  return tf.customGrad((v) => ({ value: tf.clone(v), gradFunc: (dy) => tf.zerosLike(dy) }))(x);
}`,
  softmaxCrossEntropy: `/** -sum(labels * log_softmax(logits)) over the last axis. */
function softmaxCrossEntropy(labels, logits) {
  return tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(logits, -1)), -1));
}`,
  sigmoidCrossEntropy: `/** TF's stable max(x, 0) - x * z + log(1 + exp(-|x|)). */
function sigmoidCrossEntropy(labels, logits) {
  return tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits)))));
}`,
};

/** Helpers a helper calls. */
export const HELPER_NEEDS: Record<string, string[]> = {};

const UNARY: Partial<Record<OpKind, string>> = {
  Abs: 'tf.abs', Neg: 'tf.neg', Square: 'tf.square', Sqrt: 'tf.sqrt', Exp: 'tf.exp', Log: 'tf.log', Sigmoid: 'tf.sigmoid', Tanh: 'tf.tanh', Relu: 'tf.relu',
  Elu: 'tf.elu', OnesLike: 'tf.onesLike', ZerosLike: 'tf.zerosLike',
};
const BINARY: Partial<Record<OpKind, string>> = { Add: 'tf.add', Sub: 'tf.sub', Mul: 'tf.mul', Div: 'tf.div', Equal: 'tf.equal', Greater: 'tf.greater', Less: 'tf.less', Maximum: 'tf.maximum', Minimum: 'tf.minimum', Pow: 'tf.pow' };
const REDUCE: Partial<Record<OpKind, string>> = { ReduceMean: 'tf.mean', ReduceSum: 'tf.sum', ReduceMax: 'tf.max' };

const arr = (v: unknown) => JSON.stringify(v);
const pair = (v: unknown) => {
  const list = v as number[];
  return arr(list.length === 4 ? [list[1], list[2]] : list);
};
const pad = (v: unknown) => `'${String(v).toLowerCase()}'`;

const INTERNAL = 'training adds it by itself; exportGraph refuses it (export the graph as drawn)';

/** Op kinds tfjsExpression does not write, and why; opTables.test.ts checks it writes every other kind. */
export const TFJS_NOT_WRITTEN = {
  Constant: 'written by exportTfjs.ts once outside the model (tfjsConstant)',
  Variable: 'written by exportTfjs.ts as a tf.variable outside the model, with its initial value',
  Minimize: 'written by exportTfjs.ts as the training loop\'s optimizer',
  ...trainingOnly(INTERNAL),
} as const satisfies Partial<Record<OpKind, string>>;

/** The expression computing node `n` inside `model(feeds, training)`; `use` records the helpers it needs. */
export function tfjsExpression(n: ExportNode, use: (helper: string) => void): string {
  const a = n.attrs;
  const x = n.inputs.x as string;
  const helper = (name: string, args: string[]) => {
    use(name);
    for (const h of HELPER_NEEDS[name] ?? []) use(h);
    return `${name}(${args.join(', ')})`;
  };
  const unary = UNARY[n.op];
  if (unary) return `${unary}(${x})`;
  const binary = BINARY[n.op];
  if (binary) return `${binary}(${x}, ${n.inputs.y as string})`;
  const reduce = REDUCE[n.op];
  if (reduce) {
    const axis = a.axis === null ? 'undefined' : arr(a.axis);
    if (n.op === 'ReduceMean' && n.types[0]?.dtype === 'int32') return helper('meanInt', [x, axis, String(a.keepDims)]);
    return `${reduce}(${x}, ${axis}, ${String(a.keepDims)})`;
  }
  switch (n.op) {
    case 'Placeholder':
      return `feeds.${n.ident}`;
    case 'StopGradient':
      return helper('stopGradient', [x]);
    case 'MatMul':
      return `tf.matMul(${n.inputs.a as string}, ${n.inputs.b as string}, ${String(a.transposeA)}, ${String(a.transposeB)})`;
    case 'LeakyRelu':
      return `tf.leakyRelu(${x}, ${a.alpha as number})`;
    case 'Softmax':
      return a.axis === -1 ? `tf.softmax(${x})` : helper('softmaxAxis', [x, String(a.axis)]);
    case 'Reshape':
      return `tf.reshape(${x}, ${arr(a.shape)})`;
    case 'Flatten':
      return `tf.reshape(${x}, [${x}.shape[0], -1])`;
    case 'Squeeze':
      return a.axis === null ? `tf.squeeze(${x})` : `tf.squeeze(${x}, ${arr(a.axis)})`;
    case 'ExpandDims':
      return `tf.expandDims(${x}, ${a.axis as number})`;
    case 'Transpose':
      return a.perm === null ? `tf.transpose(${x})` : `tf.transpose(${x}, ${arr(a.perm)})`;
    case 'Pad':
      return `tf.pad(${x}, ${arr(a.paddings)}, ${a.constantValue as number})`;
    case 'Gather':
      return `tf.gather(${n.inputs.params as string}, ${n.inputs.indices as string}, ${a.axis as number})`;
    case 'Slice':
      return `tf.slice(${x}, ${arr(a.begin)}, ${arr(a.size)})`;
    case 'LRN':
      return `tf.localResponseNormalization(${x}, ${a.depthRadius as number}, ${a.bias as number}, ${a.alpha as number}, ${a.beta as number})`;
    case 'Concat':
      return `tf.concat([${(n.inputs.values as string[]).join(', ')}], ${a.axis as number})`;
    case 'Stack':
      return `tf.stack([${(n.inputs.values as string[]).join(', ')}], ${a.axis as number})`;
    case 'AddN':
      return `tf.addN([${(n.inputs.inputs as string[]).join(', ')}])`;
    case 'OneHot':
      return helper('oneHot', [n.inputs.indices as string, String(a.depth), String(a.onValue), String(a.offValue)]);
    case 'Cast':
      // tfjs-wasm's cast to bool copies bytes; TF's rule is "true unless 0".
      return a.dtype === 'bool' ? `tf.notEqual(${x}, tf.scalar(0, ${x}.dtype))` : `tf.cast(${x}, '${a.dtype as string}')`;
    case 'ArgMax':
      return `tf.argMax(${x}, ${a.axis as number})`;
    case 'SoftmaxCrossEntropyWithLogits':
      return helper('softmaxCrossEntropy', [n.inputs.labels as string, n.inputs.logits as string]);
    case 'SigmoidCrossEntropyWithLogits':
      return helper('sigmoidCrossEntropy', [n.inputs.labels as string, n.inputs.logits as string]);
    case 'Dropout':
      // dropout is one of the random helpers (tfjsRandom.ts): the node's stream, moved on by training runs.
      return helper('dropout', [x, n.inputs.keepProb as string, `streams[${JSON.stringify(n.name)}]`, 'training']);
    case 'Conv2D':
      return `tf.conv2d(${n.inputs.input as string}, ${n.inputs.filter as string}, ${pair(a.strides)}, ${pad(a.padding)})`;
    case 'MaxPool':
    case 'AvgPool':
      return `tf.${n.op === 'MaxPool' ? 'maxPool' : 'avgPool'}(${n.inputs.input as string}, ${pair(a.ksize)}, ${pair(a.strides)}, ${pad(a.padding)})`;
  }
  throw new ExportError(`"${n.name}" is a ${n.op} node, which the TF.js export does not write yet`, n.id);
}

/** A Constant's tensor, made once outside the model. */
export function tfjsConstant(n: ExportNode): string {
  const value = n.attrs.value as NestedNumbers;
  return `tf.tensor(${jsLiteral(value)}, ${arr(nestedShape(value))}, '${n.attrs.dtype as string}')`;
}
